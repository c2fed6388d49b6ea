import { Field, ObjectType } from "type-graphql";

/**
 * An expected business failure of a mutation (validation, a rule that refuses, a provider that says no).
 * Nothing was changed when a payload carries userErrors.
 */
@ObjectType({ description: "An expected failure of a mutation; when present, nothing was changed." })
export class UserError {
  @Field({ description: "Stable machine-readable code, e.g. INVALID, TAKEN, WEAK_PASSWORD, REQUIRED." })
  code!: string;

  @Field(() => [String], { nullable: true, description: "Path to the input field at fault." })
  field!: string[] | null;

  @Field({ description: "Human-readable explanation." })
  message!: string;
}

/** A failure the service raises; the resolver turns it into the payload's userErrors. */
export class UserErrorException extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join("; "));
    this.name = "UserErrorException";
  }
}

export function userError(code: string, message: string, field?: string[]): UserError {
  return Object.assign(new UserError(), { code, message, field: field ?? null });
}

/** Collects validation failures and throws them together. */
export class Validation {
  readonly errors: UserError[] = [];

  add(code: string, message: string, field?: string[]): this {
    this.errors.push(userError(code, message, field));
    return this;
  }

  check(condition: boolean, code: string, message: string, field?: string[]): this {
    if (!condition) this.add(code, message, field);
    return this;
  }

  throwIfAny(): void {
    if (this.errors.length) throw new UserErrorException(this.errors);
  }
}

/** Runs a service call and folds UserErrorException into `{ userErrors }`. */
export async function payload<T extends object>(
  run: () => Promise<T>,
): Promise<T & { userErrors: UserError[] }> {
  try {
    const result = await run();
    return { ...result, userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrorException)
      return { userErrors: error.errors } as T & { userErrors: UserError[] };
    throw error;
  }
}
