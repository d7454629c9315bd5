/** Slugs are lower-kebab handles: "o4-mini", "gpt-5.4-mini", "aime-2025". */
export const slugPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
