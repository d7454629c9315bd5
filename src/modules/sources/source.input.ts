import { Field, InputType } from "type-graphql";
import { DateScalar } from "../../graphql/scalars.js";

@InputType({
  description: "Where a written fact comes from; the same source given twice is stored once.",
})
export class SourceInput {
  @Field(() => String, { description: 'What the source is called, e.g. "OpenAI API pricing".' })
  title!: string;

  @Field(() => String, { nullable: true, description: "Where to read it (http or https)." })
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Who published it." })
  publisher?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The day its facts were read." })
  retrievedOn?: string | null;
}
