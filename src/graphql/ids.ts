/**
 * Global ids: opaque to clients, `base64url("Type:rowId")` here. `node(id:)` decodes them back to
 * a type name and a row id.
 */
export function toGlobalId(type: string, rowId: number): string {
  return Buffer.from(`${type}:${rowId}`).toString("base64url");
}

/** The type and row id inside a global id, or null when the id is not one of ours. */
export function fromGlobalId(id: string): { type: string; rowId: number } | null {
  const match = /^([A-Za-z]+):([1-9]\d{0,15})$/.exec(Buffer.from(id, "base64url").toString());
  if (!match) return null;
  return { type: match[1]!, rowId: Number(match[2]) };
}
