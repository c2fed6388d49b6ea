import { DateTimeResolver, JSONObjectResolver } from "graphql-scalars";

/** RFC 3339 timestamps with offset; the one date-time scalar of the API. */
export const DateTimeScalar = DateTimeResolver;
/** Free-form JSON objects (provider options and similar open-ended settings). */
export const JSONObjectScalar = JSONObjectResolver;
