import { Field, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../graphql/user-errors.js";
import { SourceInput } from "../sources/index.js";
import { Provider } from "./provider.type.js";

@InputType({ description: "A provider to create, or to update by slug." })
export class ProviderInput {
  @Field(() => String, {
    description: 'Lower-kebab handle, e.g. "openai"; an existing one is updated.',
  })
  slug!: string;

  @Field(() => String, { description: 'Its name, e.g. "OpenAI".' })
  name!: string;

  @Field(() => String, { nullable: true, description: "Its website (http or https)." })
  url?: string | null;

  @Field(() => SourceInput, { nullable: true, description: "Where these facts come from." })
  source?: SourceInput | null;
}

@ObjectType({ description: "The result of upsertProvider." })
export class ProviderPayload {
  @Field(() => Provider, {
    nullable: true,
    description: "The provider as written; null when refused.",
  })
  provider!: Provider | null;

  @Field(() => [UserError], {
    description: "What was wrong with the input; empty when the write was accepted.",
  })
  userErrors!: UserError[];
}
