/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation FixtureSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      administrator {\n        id\n      }\n      brand {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FixtureSetupDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        mustChangePassword\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FixtureLoginDocument,
    "\n  query SetupStatus {\n    installationStatus {\n      setupRequired\n      companyName\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  mutation SetupInstall($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      installation {\n        companyName\n        timeZone\n      }\n      administrator {\n        id\n        username\n        displayName\n        email\n      }\n      brand {\n        id\n        name\n        isDefault\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetupInstallDocument,
    "\n  query SetupMe {\n    me {\n      id\n      username\n      kind\n      ... on Employee {\n        displayName\n      }\n    }\n    myPermissions\n  }\n": typeof types.SetupMeDocument,
};
const documents: Documents = {
    "\n  mutation FixtureSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      administrator {\n        id\n      }\n      brand {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FixtureSetupDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        mustChangePassword\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.FixtureLoginDocument,
    "\n  query SetupStatus {\n    installationStatus {\n      setupRequired\n      companyName\n    }\n  }\n": types.SetupStatusDocument,
    "\n  mutation SetupInstall($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      installation {\n        companyName\n        timeZone\n      }\n      administrator {\n        id\n        username\n        displayName\n        email\n      }\n      brand {\n        id\n        name\n        isDefault\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SetupInstallDocument,
    "\n  query SetupMe {\n    me {\n      id\n      username\n      kind\n      ... on Employee {\n        displayName\n      }\n    }\n    myPermissions\n  }\n": types.SetupMeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      administrator {\n        id\n      }\n      brand {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      administrator {\n        id\n      }\n      brand {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        mustChangePassword\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        mustChangePassword\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupStatus {\n    installationStatus {\n      setupRequired\n      companyName\n    }\n  }\n"): (typeof documents)["\n  query SetupStatus {\n    installationStatus {\n      setupRequired\n      companyName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetupInstall($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      installation {\n        companyName\n        timeZone\n      }\n      administrator {\n        id\n        username\n        displayName\n        email\n      }\n      brand {\n        id\n        name\n        isDefault\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetupInstall($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      installation {\n        companyName\n        timeZone\n      }\n      administrator {\n        id\n        username\n        displayName\n        email\n      }\n      brand {\n        id\n        name\n        isDefault\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupMe {\n    me {\n      id\n      username\n      kind\n      ... on Employee {\n        displayName\n      }\n    }\n    myPermissions\n  }\n"): (typeof documents)["\n  query SetupMe {\n    me {\n      id\n      username\n      kind\n      ... on Employee {\n        displayName\n      }\n    }\n    myPermissions\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;