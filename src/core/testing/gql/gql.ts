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
    "\n  mutation BenchSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchSetupDocument,
    "\n  mutation BenchLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchLoginDocument,
    "\n  query BenchRoles {\n    roles(first: 100) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": typeof types.BenchRolesDocument,
    "\n  mutation BenchCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchCreateDepartmentDocument,
    "\n  mutation BenchCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchCreateGroupDocument,
    "\n  mutation BenchCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchCreateEmployeeDocument,
    "\n  mutation BenchAddAgentToGroup($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchAddAgentToGroupDocument,
    "\n  mutation BenchSetActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchSetActiveGroupsDocument,
    "\n  mutation BenchCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchCreateTicketDocument,
    "\n  query BenchAgentQueuePage($first: Int!, $filter: TicketFilter) {\n    tickets(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNumber\n        subject\n        status\n        priority\n        lastActivityAt\n        requesterEmail\n        requester {\n          id\n          displayName\n          email\n        }\n        assignedAgent {\n          id\n          displayName\n        }\n        department {\n          id\n          name\n        }\n        group {\n          id\n          name\n        }\n        lastMessage {\n          id\n          createdAt\n          direction\n          fromAddress\n          textBody\n        }\n      }\n    }\n  }\n": typeof types.BenchAgentQueuePageDocument,
    "\n  query BenchSearchTickets($text: String!) {\n    searchTickets(text: $text, first: 25) {\n      totalCount\n      nodes {\n        id\n        ticketNumber\n        subject\n        lastActivityAt\n      }\n    }\n  }\n": typeof types.BenchSearchTicketsDocument,
    "\n    mutation BenchChatStart($input: StartChatInput!) {\n      startChat(input: $input) {\n        chat {\n          id\n          status\n          agent {\n            id\n          }\n        }\n        visitorToken\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.BenchChatStartDocument,
    "\n    mutation BenchChatTake($input: TakeChatInput!) {\n      takeChat(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.BenchChatTakeDocument,
    "\n    mutation BenchChatSend($input: SendChatMessageInput!) {\n      sendChatMessage(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  ": typeof types.BenchChatSendDocument,
    "\n    subscription BenchChatEvents($chatId: ID!, $visitorToken: String) {\n      chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n        kind\n        message {\n          body\n          seq\n        }\n      }\n    }\n  ": typeof types.BenchChatEventsDocument,
    "\n    subscription BenchWsQueueChanged($departmentId: ID!) {\n      departmentQueueChanged(departmentId: $departmentId) {\n        __typename\n      }\n    }\n  ": typeof types.BenchWsQueueChangedDocument,
    "\n  mutation BenchWsSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BenchWsSetAvailabilityDocument,
    "\n  subscription BenchWsPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      occurredAt\n      status {\n        employeeId\n        availability\n        online\n      }\n    }\n  }\n": typeof types.BenchWsPresenceChangedDocument,
    "\n  mutation ExampleWalkConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleWalkConfigureDocument,
    "\n  mutation ExampleWalkLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ExampleWalkLoginDocument,
    "\n  mutation ExampleWalkRegister($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleWalkRegisterDocument,
    "\n  mutation ExampleWalkCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.ExampleWalkCreateFieldDocument,
    "\n  mutation ExampleWalkCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": typeof types.ExampleWalkCreateTemplateDocument,
    "\n  mutation ExampleWalkAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ExampleWalkAddFieldDocument,
    "\n  mutation ExampleWalkSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ExampleWalkSetTemplatesDocument,
    "\n  mutation ExampleWalkSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleWalkSubmitDocument,
    "\n  query ExampleWalkTicket($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      requesterDetailsHtml\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n": typeof types.ExampleWalkTicketDocument,
    "\n  mutation ExampleWalkStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleWalkStartChatDocument,
    "\n  query ExampleWalkForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n": typeof types.ExampleWalkFormDocument,
    "\n  query ExampleWalkDeliveries($kind: ProviderKind, $first: Int) {\n    providerDeliveries(kind: $kind, first: $first) {\n      nodes {\n        method\n        outcome\n        status\n        durationMs\n        error\n        note\n        request\n        response\n      }\n    }\n  }\n": typeof types.ExampleWalkDeliveriesDocument,
    "\n  mutation ExampleSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExampleSyncTokenDocument,
    "\n  query ExampleSyncUsers($search: String) {\n    users(first: 50, search: $search) {\n      nodes {\n        username\n        email\n        displayName\n        externalId\n        disabled\n        forcePasswordChange\n      }\n    }\n  }\n": typeof types.ExampleSyncUsersDocument,
    "\n  query DbQueryCountMe {\n    me {\n      id\n    }\n  }\n": typeof types.DbQueryCountMeDocument,
    "\n  mutation PresRedisSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PresRedisSetAvailabilityDocument,
    "\n  subscription PresRedisPresenceChanged {\n    agentPresenceChanged {\n      reason\n      status {\n        availability\n      }\n    }\n  }\n": typeof types.PresRedisPresenceChangedDocument,
    "\n  query PlatformNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Employee {\n        username\n      }\n    }\n  }\n": typeof types.PlatformNodeDocument,
    "\n  query PlatformMe {\n    me {\n      id\n    }\n  }\n": typeof types.PlatformMeDocument,
    "\n  mutation FixtureSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      administrator {\n        id\n      }\n      brand {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FixtureSetupDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        mustChangePassword\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FixtureLoginDocument,
    "\n  query AccAccessMe {\n    me {\n      id\n      forcePasswordChange\n    }\n  }\n": typeof types.AccAccessMeDocument,
    "\n  query AccAccessEmployees {\n    employees {\n      totalCount\n    }\n  }\n": typeof types.AccAccessEmployeesDocument,
    "\n  query AccAccessCatalog {\n    permissionCatalog {\n      levels\n    }\n  }\n": typeof types.AccAccessCatalogDocument,
    "\n  mutation AccAccessChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccAccessChangePasswordDocument,
    "\n  mutation AccAccessLogout {\n    logout {\n      success\n    }\n  }\n": typeof types.AccAccessLogoutDocument,
    "\n  mutation AccAccessCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccAccessCreateEmployeeDocument,
    "\n  mutation AccAccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccAccessCreateUserDocument,
    "\n  mutation AccAccessDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccAccessDisableDocument,
    "\n  mutation AccAccessEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccAccessEnableDocument,
    "\n  mutation AccAccessLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccAccessLoginDocument,
    "\n  query AccAccessAdminRole {\n    roles(first: 50, type: EMPLOYEE) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": typeof types.AccAccessAdminRoleDocument,
    "\n  query AccEmpAdmList($first: Int, $search: String) {\n    employees(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        roles {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccEmpAdmListDocument,
    "\n  query AccEmpAdmGet($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      roles {\n        name\n      }\n    }\n  }\n": typeof types.AccEmpAdmGetDocument,
    "\n  mutation AccEmpAdmCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccEmpAdmCreateDocument,
    "\n  mutation AccEmpAdmUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccEmpAdmUpdateDocument,
    "\n  mutation AccEmpAdmSetPassword($input: SetEmployeePasswordInput!) {\n    setEmployeePassword(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccEmpAdmSetPasswordDocument,
    "\n  mutation AccEmpAdmSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccEmpAdmSetRolesDocument,
    "\n  mutation AccEmpAdmDelete($input: DeleteEmployeesInput!) {\n    deleteEmployees(input: $input) {\n      deletedEmployeeIds\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccEmpAdmDeleteDocument,
    "\n  query AccEmpAdmNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.AccEmpAdmNodeDocument,
    "\n  query AccEmpList($first: Int, $search: String, $roleId: ID, $disabled: Boolean, $sortBy: AccountSortField) {\n    employees(first: $first, search: $search, roleId: $roleId, disabled: $disabled, sortBy: $sortBy) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        roles {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccEmpListDocument,
    "\n  query AccEmpGet($id: ID!) {\n    employee(id: $id) {\n      id\n      username\n      displayName\n      displayNameForChat\n      email\n      emailVerified\n      authenticationMethod\n      authenticationDomain\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      hourlyCost\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      emailSummariesOfSubscribedCommunityPosts\n      emailNewMessagesFromConversations\n      portalSignature\n      copyToAddress\n      copyToEnabled\n      otherReplyFromAddresses\n      maxTickets\n      maxActiveLiveChats\n      popUpNewChatsAutomatically\n      playChatSounds\n      playSoundWhenChatQueued\n      blockChatWhileComposingCallLogs\n      roles {\n        name\n      }\n    }\n  }\n": typeof types.AccEmpGetDocument,
    "\n  query AccEmpDirectory($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      displayNameForChat\n      email\n      roles {\n        name\n      }\n    }\n  }\n": typeof types.AccEmpDirectoryDocument,
    "\n  query AccEmpPrivate($id: ID!) {\n    employee(id: $id) {\n      id\n      homePhone\n    }\n  }\n": typeof types.AccEmpPrivateDocument,
    "\n  mutation AccEmpCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccEmpCreateDocument,
    "\n  mutation AccEmpUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        username\n        displayName\n        authenticationMethod\n        authenticationDomain\n        hourlyCost\n        maxTickets\n        otherReplyFromAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccEmpUpdateDocument,
    "\n  query AccEmpRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": typeof types.AccEmpRolesDocument,
    "\n  mutation AccEmpCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccEmpCreateUserDocument,
    "\n  query AccEmpNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Employee {\n        displayName\n      }\n    }\n  }\n": typeof types.AccEmpNodeDocument,
    "\n  query AccOrgPermList {\n    organizations {\n      totalCount\n    }\n  }\n": typeof types.AccOrgPermListDocument,
    "\n  query AccOrgPermGet($id: ID!) {\n    organization(id: $id) {\n      id\n      members {\n        id\n      }\n      users {\n        totalCount\n      }\n    }\n  }\n": typeof types.AccOrgPermGetDocument,
    "\n  query AccOrgPermUsers($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccOrgPermUsersDocument,
    "\n  query AccOrgPermMine {\n    me {\n      ... on User {\n        organizations {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccOrgPermMineDocument,
    "\n  mutation AccOrgPermCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgPermCreateDocument,
    "\n  mutation AccOrgPermUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgPermUpdateDocument,
    "\n  mutation AccOrgPermAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgPermAddMemberDocument,
    "\n  mutation AccOrgPermUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgPermUpdateMemberDocument,
    "\n  mutation AccOrgPermRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgPermRemoveMemberDocument,
    "\n  mutation AccOrgPermDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgPermDeleteDocument,
    "\n  query AccOrgList($search: String) {\n    organizations(first: 50, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        website\n      }\n    }\n  }\n": typeof types.AccOrgListDocument,
    "\n  query AccOrgGet($id: ID!, $first: Int) {\n    organization(id: $id) {\n      id\n      name\n      website\n      phoneNumber\n      numberOfEmployees\n      city\n      country\n      members {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      users(first: $first) {\n        totalCount\n        nodes {\n          username\n        }\n      }\n    }\n  }\n": typeof types.AccOrgGetDocument,
    "\n  mutation AccOrgCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        members {\n          id\n          type\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccOrgCreateDocument,
    "\n  mutation AccOrgUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        website\n        city\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccOrgUpdateDocument,
    "\n  mutation AccOrgAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      member {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      organization {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccOrgAddMemberDocument,
    "\n  mutation AccOrgUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      member {\n        id\n        value\n        viewOrganizationTicketsInPortal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccOrgUpdateMemberDocument,
    "\n  mutation AccOrgRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMemberId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgRemoveMemberDocument,
    "\n  mutation AccOrgDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      deletedOrganizationIds\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgDeleteDocument,
    "\n  mutation AccOrgCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccOrgCreateUserDocument,
    "\n  query AccOrgUserOrgs($id: ID!) {\n    user(id: $id) {\n      organizations {\n        name\n      }\n    }\n  }\n": typeof types.AccOrgUserOrgsDocument,
    "\n  query AccOrgUsersInOrg($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccOrgUsersInOrgDocument,
    "\n  query AccUserPermList {\n    users {\n      totalCount\n    }\n  }\n": typeof types.AccUserPermListDocument,
    "\n  query AccUserPermGet($id: ID!) {\n    user(id: $id) {\n      id\n    }\n  }\n": typeof types.AccUserPermGetDocument,
    "\n  mutation AccUserPermCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserPermCreateDocument,
    "\n  mutation AccUserPermUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserPermUpdateDocument,
    "\n  mutation AccUserPermSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserPermSetPasswordDocument,
    "\n  mutation AccUserPermDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserPermDeleteDocument,
    "\n  mutation AccUserPermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserPermSetRolesDocument,
    "\n  mutation AccUserPermDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserPermDisableDocument,
    "\n  mutation AccUserPermEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserPermEnableDocument,
    "\n  query AccUserPermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User {\n        username\n      }\n    }\n  }\n": typeof types.AccUserPermNodeDocument,
    "\n  query AccUserList(\n    $search: String\n    $roleId: ID\n    $disabled: Boolean\n    $sortBy: AccountSortField\n    $descending: Boolean\n  ) {\n    users(\n      first: 50\n      search: $search\n      roleId: $roleId\n      disabled: $disabled\n      sortBy: $sortBy\n      descending: $descending\n    ) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.AccUserListDocument,
    "\n  query AccUserGet($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      authenticationMethod\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      portalSignature\n      banned\n      banReason\n      disabled\n      roles {\n        name\n      }\n    }\n  }\n": typeof types.AccUserGetDocument,
    "\n  mutation AccUserCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccUserCreateDocument,
    "\n  mutation AccUserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        username\n        email\n        banned\n        banReason\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AccUserUpdateDocument,
    "\n  mutation AccUserSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserSetPasswordDocument,
    "\n  mutation AccUserDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      deletedUserIds\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserDeleteDocument,
    "\n  mutation AccUserSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserSetRolesDocument,
    "\n  query AccUserRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": typeof types.AccUserRolesDocument,
    "\n  mutation AccUserCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserCreateRoleDocument,
    "\n  mutation AccUserCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AccUserCreateEmployeeDocument,
    "\n  mutation AuthScopesCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        permissions\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AuthScopesCreateDocument,
    "\n  query AuthScopesPermissions {\n    myPermissions\n  }\n": typeof types.AuthScopesPermissionsDocument,
    "\n  query AuthScopesList {\n    apiTokens {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.AuthScopesListDocument,
    "\n  mutation AuthScopesRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthScopesRevokeDocument,
    "\n  mutation AuthScopesLogout {\n    logout {\n      success\n    }\n  }\n": typeof types.AuthScopesLogoutDocument,
    "\n  mutation AuthScopesChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthScopesChangePasswordDocument,
    "\n  query AuthScopesSessions {\n    mySessions {\n      totalCount\n    }\n  }\n": typeof types.AuthScopesSessionsDocument,
    "\n  query AuthScopesNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ApiToken {\n        name\n      }\n    }\n  }\n": typeof types.AuthScopesNodeDocument,
    "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        permissions\n        expiresAt\n        active\n        createdAt\n        owner {\n          id\n        }\n        createdBy {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AuthCreateApiTokenDocument,
    "\n  query AuthApiTokens($ownerId: ID, $allOwners: Boolean, $includeInactive: Boolean) {\n    apiTokens(ownerId: $ownerId, allOwners: $allOwners, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        active\n        revokedAt\n        lastUsedAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AuthApiTokensDocument,
    "\n  mutation AuthRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        active\n        revokedAt\n      }\n      revokedCount\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AuthRevokeApiTokenDocument,
    "\n  query AuthTokenWhoAmI {\n    me {\n      id\n    }\n    myPermissions\n  }\n": typeof types.AuthTokenWhoAmIDocument,
    "\n  query AuthApiTokenFields {\n    __type(name: \"ApiToken\") {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.AuthApiTokenFieldsDocument,
    "\n  mutation AuthLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AuthLockoutLoginDocument,
    "\n  mutation AuthLockoutUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        bruteForceProtectionEnabled\n        maxFailedLoginAttempts\n        lockoutMinutes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AuthLockoutUpdateSecurityDocument,
    "\n  mutation AuthBypassLockout($input: BypassLoginLockoutInput!) {\n    bypassLoginLockout(input: $input) {\n      account {\n        id\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AuthBypassLockoutDocument,
    "\n  mutation AuthPasswordLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        mustChangePassword\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthPasswordLoginDocument,
    "\n  mutation AuthChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AuthChangeMyPasswordDocument,
    "\n  query AuthPasswordMe {\n    me {\n      id\n      forcePasswordChange\n    }\n    myPermissions\n  }\n": typeof types.AuthPasswordMeDocument,
    "\n  query AuthPasswordSessions {\n    mySessions {\n      totalCount\n    }\n  }\n": typeof types.AuthPasswordSessionsDocument,
    "\n  query AuthPasswordTokens {\n    apiTokens {\n      totalCount\n    }\n  }\n": typeof types.AuthPasswordTokensDocument,
    "\n  mutation AuthPasswordCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n": typeof types.AuthPasswordCreateTokenDocument,
    "\n  query AuthPasswordSecurity {\n    securitySettings {\n      minimumPasswordLength\n    }\n  }\n": typeof types.AuthPasswordSecurityDocument,
    "\n  query AuthPasswordNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.AuthPasswordNodeDocument,
    "\n  mutation AuthPasswordUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthPasswordUpdateSecurityDocument,
    "\n  query AuthMySessions {\n    mySessions {\n      totalCount\n      nodes {\n        id\n        createdAt\n        lastActiveAt\n        lastIp\n        userAgent\n        expiresAt\n        current\n      }\n    }\n  }\n": typeof types.AuthMySessionsDocument,
    "\n  mutation AuthRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.AuthRevokeSessionDocument,
    "\n  mutation AuthRevokeAllSessionsOf($input: RevokeAllSessionsOfInput!) {\n    revokeAllSessionsOf(input: $input) {\n      account {\n        id\n      }\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthRevokeAllSessionsOfDocument,
    "\n  mutation AuthRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthRefreshDocument,
    "\n  mutation AuthLogout {\n    logout {\n      success\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthLogoutDocument,
    "\n  query AuthSessionsMe {\n    me {\n      id\n    }\n  }\n": typeof types.AuthSessionsMeDocument,
    "\n  query AuthSessionNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Session {\n        current\n      }\n    }\n  }\n": typeof types.AuthSessionNodeDocument,
    "\n  query AuthWsMe {\n    me {\n      id\n      username\n    }\n    myPermissions\n  }\n": typeof types.AuthWsMeDocument,
    "\n  subscription AuthWsAccountChanged {\n    myAccountChanged {\n      reason\n      sessionId\n      permissions\n      account {\n        id\n        username\n      }\n    }\n  }\n": typeof types.AuthWsAccountChangedDocument,
    "\n  mutation AuthWsLogout {\n    logout {\n      success\n    }\n  }\n": typeof types.AuthWsLogoutDocument,
    "\n  mutation AuthWsCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n      }\n    }\n  }\n": typeof types.AuthWsCreateTokenDocument,
    "\n  mutation AuthWsRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n    }\n  }\n": typeof types.AuthWsRevokeTokenDocument,
    "\n  query AuthWsSessions {\n    mySessions {\n      nodes {\n        id\n        current\n      }\n    }\n  }\n": typeof types.AuthWsSessionsDocument,
    "\n  mutation AuthWsRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthWsRevokeSessionDocument,
    "\n  mutation CannedRenderCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CannedRenderCreateDocument,
    "\n  mutation CannedRenderUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CannedRenderUpdateDocument,
    "\n  mutation CannedRenderDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CannedRenderDeleteDocument,
    "\n  query CannedRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n      unknownVariables\n      cannedReply {\n        id\n      }\n    }\n  }\n": typeof types.CannedRenderDocument,
    "\n  query CannedRenderList {\n    cannedReplies(first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n": typeof types.CannedRenderListDocument,
    "\n  query CannedRenderTicket($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        displayName\n        username\n      }\n    }\n  }\n": typeof types.CannedRenderTicketDocument,
    "\n  mutation CannedCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        type\n        status\n        language\n        ownerId\n        folder {\n          id\n          name\n        }\n        department {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CannedCreateDocument,
    "\n  mutation CannedUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        status\n        folder {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CannedUpdateDocument,
    "\n  mutation CannedDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CannedDeleteDocument,
    "\n  query CannedList(\n    $search: String\n    $folderId: ID\n    $includeSubfolders: Boolean\n    $rootOnly: Boolean\n    $type: CannedReplyType\n    $usableFor: CannedReplyChannel\n    $language: String\n    $scope: CannedReplyScope\n    $status: CannedReplyStatus\n    $departmentId: ID\n  ) {\n    cannedReplies(\n      search: $search\n      folderId: $folderId\n      includeSubfolders: $includeSubfolders\n      rootOnly: $rootOnly\n      type: $type\n      usableFor: $usableFor\n      language: $language\n      scope: $scope\n      status: $status\n      departmentId: $departmentId\n      first: 100\n    ) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CannedListDocument,
    "\n  query CannedOne($id: ID!) {\n    cannedReply(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CannedOneDocument,
    "\n  query CannedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.CannedNodeDocument,
    "\n  mutation CannedCreateFolder($input: CreateCannedReplyFolderInput!) {\n    createCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CannedCreateFolderDocument,
    "\n  mutation CannedUpdateFolder($input: UpdateCannedReplyFolderInput!) {\n    updateCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CannedUpdateFolderDocument,
    "\n  mutation CannedDeleteFolder($input: DeleteCannedReplyFolderInput!) {\n    deleteCannedReplyFolder(input: $input) {\n      deletedFolderId\n      movedToRootCount\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CannedDeleteFolderDocument,
    "\n  query CannedFolders($parentId: ID) {\n    cannedReplyFolders(parentId: $parentId) {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CannedFoldersDocument,
    "\n  mutation ChatAssignStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        status\n        agentName\n        queuePosition\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatAssignStartDocument,
    "\n  mutation ChatAssignTake($input: TakeChatInput!) {\n    takeChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatAssignTakeDocument,
    "\n  mutation ChatAssignAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatAssignAvailabilityDocument,
    "\n  query ChatAssignList($view: LiveChatView!) {\n    liveChats(view: $view, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ChatAssignListDocument,
    "\n  query ChatAssignGet($id: ID!) {\n    liveChat(id: $id) {\n      id\n    }\n  }\n": typeof types.ChatAssignGetDocument,
    "\n  mutation ChatFaultStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFaultStartDocument,
    "\n  subscription ChatFaultEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n": typeof types.ChatFaultEventsDocument,
    "\n  mutation ChatFaultSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFaultSendDocument,
    "\n  mutation ChatFaultSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        maxMessageLength\n        rateLimitMessages\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ChatFaultSettingsDocument,
    "\n  mutation ChatHandStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatHandStartDocument,
    "\n  query ChatHandGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n    }\n  }\n": typeof types.ChatHandGetDocument,
    "\n  mutation ChatHandSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        handOffNoFollowUpSeconds\n        handOffAgentDisconnectedSeconds\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ChatHandSettingsDocument,
    "\n  mutation ChatHandSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatHandSendDocument,
    "\n  mutation ChatHandTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n    }\n  }\n": typeof types.ChatHandTypingDocument,
    "\n  subscription ChatHandEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        systemEvent\n        body\n      }\n      chat {\n        agentName\n      }\n    }\n  }\n": typeof types.ChatHandEventsDocument,
    "\n  mutation ChatInstStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatInstStartDocument,
    "\n  subscription ChatInstEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n": typeof types.ChatInstEventsDocument,
    "\n  mutation ChatInstSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatInstSendDocument,
    "\n  subscription ChatInstPresence($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n": typeof types.ChatInstPresenceDocument,
    "\n  mutation ChatLifeStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeStartDocument,
    "\n  query ChatLifeGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n      endReason\n      idleSince\n      deletedAt\n      ticket {\n        id\n      }\n    }\n  }\n": typeof types.ChatLifeGetDocument,
    "\n  mutation ChatLifeSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeSettingsDocument,
    "\n  mutation ChatLifeEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeEndDocument,
    "\n  mutation ChatLifeAttach($input: AttachChatToTicketInput!) {\n    attachChatToTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeAttachDocument,
    "\n  mutation ChatLifeDetach($input: DetachChatFromTicketInput!) {\n    detachChatFromTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeDetachDocument,
    "\n  mutation ChatLifeDelete($input: LiveChatIdsInput!) {\n    deleteLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeDeleteDocument,
    "\n  mutation ChatLifeRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeRestoreDocument,
    "\n  query ChatLifeSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      chatNumber\n    }\n  }\n": typeof types.ChatLifeSearchDocument,
    "\n  mutation ChatLifeCreateReply($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChatLifeCreateReplyDocument,
    "\n  mutation ChatLifeSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatLifeSendDocument,
    "\n  query ChatLifeRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n    }\n  }\n": typeof types.ChatLifeRenderDocument,
    "\n  mutation ChatMsgStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgStartDocument,
    "\n  subscription ChatMsgEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        kind\n        body\n        authorName\n        systemEvent\n      }\n      typing {\n        side\n        typing\n        preview\n      }\n      read {\n        side\n        seq\n      }\n      chat {\n        status\n        agentName\n        surveyUrl\n      }\n    }\n  }\n": typeof types.ChatMsgEventsDocument,
    "\n  mutation ChatMsgSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n        kind\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgSendDocument,
    "\n  mutation ChatMsgCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      message {\n        seq\n        kind\n        authorName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgCoachDocument,
    "\n  mutation ChatMsgTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgTypingDocument,
    "\n  mutation ChatMsgRead($input: MarkChatReadInput!) {\n    markChatRead(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgReadDocument,
    "\n  mutation ChatMsgJoin($input: JoinChatInput!) {\n    joinChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgJoinDocument,
    "\n  mutation ChatMsgTransfer($input: TransferChatInput!) {\n    transferChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgTransferDocument,
    "\n  mutation ChatMsgEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        surveyUrl\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgEndDocument,
    "\n  query ChatMsgTranscript($chatId: ID!, $token: String) {\n    liveChatTranscript(chatId: $chatId, visitorToken: $token)\n  }\n": typeof types.ChatMsgTranscriptDocument,
    "\n  mutation ChatMsgDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMsgDeptSettingsDocument,
    "\n  mutation ChatProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChatProvConfigureDocument,
    "\n  mutation ChatProvStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        agentName\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChatProvStartDocument,
    "\n  mutation ChatKeepStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatKeepStartDocument,
    "\n  mutation ChatKeepEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatKeepEndDocument,
    "\n  query ChatKeepGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      deletedAt\n    }\n  }\n": typeof types.ChatKeepGetDocument,
    "\n  mutation ChatKeepDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        autoDeleteAfterDays\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ChatKeepDeptSettingsDocument,
    "\n  mutation ChatKeepRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatKeepRestoreDocument,
    "\n  mutation ChatKeepPurge($input: PurgeDeletedLiveChatsInput!) {\n    purgeDeletedLiveChats(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatKeepPurgeDocument,
    "\n  mutation ChatFindStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ChatFindStartDocument,
    "\n  query ChatFindAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId) {\n      online\n      reason\n    }\n  }\n": typeof types.ChatFindAvailabilityDocument,
    "\n  mutation ChatFindSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFindSettingsDocument,
    "\n  mutation ChatFindHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFindHoursDocument,
    "\n  mutation ChatFindCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFindCreateFieldDocument,
    "\n  mutation ChatFindCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFindCreateTemplateDocument,
    "\n  mutation ChatFindAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFindAddFieldDocument,
    "\n  mutation ChatFindSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatFindSetTemplatesDocument,
    "\n  query ChatFindGet($id: ID!) {\n    liveChat(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": typeof types.ChatFindGetDocument,
    "\n  query ChatFindSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      customerName\n    }\n  }\n": typeof types.ChatFindSearchDocument,
    "\n  mutation ChatStartStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n        agentName\n        queuePosition\n        waitingMessage\n        customerName\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ChatStartStartDocument,
    "\n  query ChatStartAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId, groupId: null) {\n      online\n      reason\n    }\n  }\n": typeof types.ChatStartAvailabilityDocument,
    "\n  mutation ChatStartLeave($input: LeaveChatMessageInput!) {\n    leaveChatMessage(input: $input) {\n      ticketNumber\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatStartLeaveDocument,
    "\n  query ChatStartGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      id\n      status\n      agent {\n        id\n      }\n    }\n  }\n": typeof types.ChatStartGetDocument,
    "\n  query ChatStartMessages($id: ID!, $token: String) {\n    chatMessages(chatId: $id, afterSeq: 0, first: 50, visitorToken: $token) {\n      seq\n      kind\n      body\n      authorName\n    }\n  }\n": typeof types.ChatStartMessagesDocument,
    "\n  mutation ChatStartEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        endReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatStartEndDocument,
    "\n  mutation ChatStartHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChatStartHolidayDocument,
    "\n  mutation ChatMailStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMailStartDocument,
    "\n  mutation ChatMailSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMailSendDocument,
    "\n  mutation ChatMailCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMailCoachDocument,
    "\n  mutation ChatMailEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMailEndDocument,
    "\n  mutation ChatMailTranscript($input: EmailChatTranscriptInput!) {\n    emailChatTranscript(input: $input) {\n      recipients\n      chat {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ChatMailTranscriptDocument,
    "\n  mutation ChatMailCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMailCreateSmtpDocument,
    "\n  mutation ChatMailDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        emailTranscriptOnEnd\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChatMailDeptSettingsDocument,
    "\n  mutation CfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n        name\n        appliesTo\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfCreateFieldDocument,
    "\n  mutation CfUpdateField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        id\n        name\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfUpdateFieldDocument,
    "\n  mutation CfDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfDeleteFieldDocument,
    "\n  query CfListFields($appliesTo: CustomFieldAppliesTo) {\n    customFields(first: 50, appliesTo: $appliesTo) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CfListFieldsDocument,
    "\n  query CfGetField($id: ID!) {\n    customField(id: $id) {\n      id\n      name\n      dataType\n    }\n    node(id: $id) {\n      id\n      ... on CustomField {\n        name\n      }\n    }\n  }\n": typeof types.CfGetFieldDocument,
    "\n  mutation CfPeopleCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.CfPeopleCreateFieldDocument,
    "\n  mutation CfSetUserCustomFields($input: SetUserCustomFieldsInput!) {\n    setUserCustomFields(input: $input) {\n      user {\n        id\n      }\n      customFields {\n        name\n        dataType\n        value\n        field {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfSetUserCustomFieldsDocument,
    "\n  mutation CfSetEmployeeCustomFields($input: SetEmployeeCustomFieldsInput!) {\n    setEmployeeCustomFields(input: $input) {\n      customFields {\n        name\n        value\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfSetEmployeeCustomFieldsDocument,
    "\n  query CfEmployeeValues($id: ID!) {\n    employee(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": typeof types.CfEmployeeValuesDocument,
    "\n  query CfUserListValues($first: Int!) {\n    users(first: $first) {\n      nodes {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.CfUserListValuesDocument,
    "\n  mutation CfSubCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.CfSubCreateFieldDocument,
    "\n  mutation CfSubCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": typeof types.CfSubCreateTemplateDocument,
    "\n  mutation CfSubAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CfSubAddFieldDocument,
    "\n  mutation CfSubCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": typeof types.CfSubCreateDepartmentDocument,
    "\n  mutation CfSubUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CfSubUpdateDepartmentDocument,
    "\n  mutation CfSubSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CfSubSetTemplatesDocument,
    "\n  query CfTicketSubmissionForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      departmentName\n      step\n      fields {\n        name\n        displayName\n        dataType\n        required\n        listOptions\n        defaultValue\n        order\n      }\n    }\n  }\n": typeof types.CfTicketSubmissionFormDocument,
    "\n  mutation CfTplCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.CfTplCreateFieldDocument,
    "\n  mutation CfTplDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfTplDeleteFieldDocument,
    "\n  mutation CfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfCreateTemplateDocument,
    "\n  mutation CfUpdateTemplate($input: UpdateCustomFieldTemplateInput!) {\n    updateCustomFieldTemplate(input: $input) {\n      template {\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfUpdateTemplateDocument,
    "\n  mutation CfDeleteTemplate($input: DeleteCustomFieldTemplateInput!) {\n    deleteCustomFieldTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfDeleteTemplateDocument,
    "\n  mutation CfAddTemplateField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      templateField {\n        id\n        displayName\n        visibility\n        requiredByUsers\n        requiredForAgentsToSaveOrSend\n        requiredForAgentsToClose\n        showInCommunicationView\n        order\n        customField {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfAddTemplateFieldDocument,
    "\n  mutation CfUpdateTemplateField($input: UpdateTemplateFieldInput!) {\n    updateTemplateField(input: $input) {\n      templateField {\n        displayName\n        visibility\n        requiredByUsers\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfUpdateTemplateFieldDocument,
    "\n  mutation CfRemoveTemplateField($input: RemoveTemplateFieldInput!) {\n    removeTemplateField(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CfRemoveTemplateFieldDocument,
    "\n  mutation CfReorderTemplateFields($input: ReorderTemplateFieldsInput!) {\n    reorderTemplateFields(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfReorderTemplateFieldsDocument,
    "\n  query CfGetTemplate($id: ID!) {\n    customFieldTemplate(id: $id) {\n      displayName\n      fields {\n        displayName\n        order\n        template {\n          displayName\n        }\n      }\n    }\n    customFieldTemplates(first: 10) {\n      totalCount\n    }\n    node(id: $id) {\n      ... on CustomFieldTemplate {\n        displayName\n      }\n    }\n  }\n": typeof types.CfGetTemplateDocument,
    "\n  mutation CfCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": typeof types.CfCreateDepartmentDocument,
    "\n  mutation CfSetDepartmentTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      templates {\n        ticketTemplate {\n          displayName\n        }\n        liveChatTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CfSetDepartmentTemplatesDocument,
    "\n  query CfDepartmentTemplates($id: ID!) {\n    department(id: $id) {\n      customFieldTemplates {\n        ticketTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CfDepartmentTemplatesDocument,
    "\n  query DistPreview($groupId: ID!) {\n    distributionPreview(groupId: $groupId) {\n      explanation\n      nextAgent {\n        displayName\n      }\n      members {\n        employee {\n          displayName\n        }\n        skipReason\n        groupLoad\n        overallLoad\n        rotationPosition\n      }\n    }\n  }\n": typeof types.DistPreviewDocument,
    "\n  mutation DistSetFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DistSetFollowUpDocument,
    "\n  query DistTicketState($id: ID) {\n    ticket(id: $id) {\n      countsTowardLimit\n      assignedAgent {\n        displayName\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n": typeof types.DistTicketStateDocument,
    "\n  mutation DistTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      ticket {\n        id\n        countsTowardLimit\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DistTakeDocument,
    "\n  mutation DistRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      explanation\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DistReleaseDocument,
    "\n  mutation DistRebalance($input: RebalanceTicketsInput!) {\n    rebalanceTickets(input: $input) {\n      moves {\n        fromAgent {\n          displayName\n        }\n        toAgent {\n          displayName\n        }\n        explanation\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DistRebalanceDocument,
    "\n  mutation DistPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DistPinDocument,
    "\n  query DistOpen($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n": typeof types.DistOpenDocument,
    "\n  mutation DistComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DistComposingDocument,
    "\n  query DistHistory($id: ID) {\n    ticket(id: $id) {\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n": typeof types.DistHistoryDocument,
    "\n  mutation EmailAdmCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.EmailAdmCreateSmtpDocument,
    "\n  mutation EmailAdmUpdateSmtp($input: UpdateSmtpAccountInput!) {\n    updateSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        hasPassword\n        isDefault\n        port\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EmailAdmUpdateSmtpDocument,
    "\n  query EmailAdmListSmtp($brandId: ID) {\n    smtpAccounts(brandId: $brandId) {\n      id\n      isDefault\n      hasPassword\n    }\n  }\n": typeof types.EmailAdmListSmtpDocument,
    "\n  query EmailAdmSmtpFields {\n    __type(name: \"SmtpAccount\") {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.EmailAdmSmtpFieldsDocument,
    "\n  mutation EmailAdmSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n        blacklist\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EmailAdmSettingsDocument,
    "\n  mutation EmailAdmReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailAdmReplyDocument,
    "\n  query EmailAdmSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n": typeof types.EmailAdmSpoolDocument,
    "\n  mutation EmailAdmRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailAdmRetryDocument,
    "\n  query EmailAdmTemplates($brandId: ID!) {\n    emailTemplates(brandId: $brandId) {\n      kind\n      subject\n      html\n      isDefault\n      variables\n      requiredVariables\n    }\n  }\n": typeof types.EmailAdmTemplatesDocument,
    "\n  mutation EmailAdmUpdateTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      emailTemplate {\n        kind\n        html\n        isDefault\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailAdmUpdateTemplateDocument,
    "\n  mutation EmailAdmResetTemplate($input: ResetEmailTemplateInput!) {\n    resetEmailTemplate(input: $input) {\n      emailTemplate {\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailAdmResetTemplateDocument,
    "\n  query EmailAdmPreview($brandId: ID!, $kind: EmailTemplateKind!) {\n    previewEmailTemplate(brandId: $brandId, kind: $kind) {\n      subject\n      html\n      text\n    }\n  }\n": typeof types.EmailAdmPreviewDocument,
    "\n  query EmailAdmSettingsQuery {\n    emailSettings {\n      deliveryDelaySeconds\n    }\n  }\n": typeof types.EmailAdmSettingsQueryDocument,
    "\n  query EmailAdmMailAccounts {\n    mailAccounts {\n      id\n    }\n  }\n": typeof types.EmailAdmMailAccountsDocument,
    "\n  query EmailAdmIncoming {\n    incomingMails {\n      totalCount\n    }\n  }\n": typeof types.EmailAdmIncomingDocument,
    "\n  mutation EmailCopyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailCopyCreateSmtpDocument,
    "\n  mutation EmailCopyCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailCopyCreateAccountDocument,
    "\n  mutation EmailCopySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailCopySettingsDocument,
    "\n  mutation EmailActCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailActCreateSmtpDocument,
    "\n  mutation EmailActSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailActSettingsDocument,
    "\n  mutation EmailActCreateCanned($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailActCreateCannedDocument,
    "\n  mutation EmailInCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailInCreateSmtpDocument,
    "\n  mutation EmailInCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n        protocol\n        port\n        hasPassword\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.EmailInCreateAccountDocument,
    "\n  mutation EmailInSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailInSettingsDocument,
    "\n  query EmailInSpool($status: IncomingMailStatus, $mailAccountId: ID) {\n    incomingMails(status: $status, mailAccountId: $mailAccountId, first: 100) {\n      totalCount\n      nodes {\n        id\n        uid\n        status\n        note\n        subject\n        fromAddress\n        messageId\n        ticketId\n        size\n        raw\n      }\n    }\n  }\n": typeof types.EmailInSpoolDocument,
    "\n  query EmailInSpoolSorted($sort: MailSpoolSort, $direction: SortDirection) {\n    incomingMails(sort: $sort, direction: $direction, first: 100) {\n      totalCount\n      nodes {\n        id\n        subject\n        size\n        createdAt\n        ticketId\n        raw\n        messageId\n      }\n    }\n  }\n": typeof types.EmailInSpoolSortedDocument,
    "\n  mutation EmailInDelete($input: SpoolMessagesInput!) {\n    deleteIncomingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailInDeleteDocument,
    "\n  query EmailInTicket($id: ID!) {\n    node(id: $id) {\n      ... on Ticket {\n        ticketNumber\n        subject\n        source\n        status\n        requesterEmail\n        department {\n          id\n        }\n        messages {\n          direction\n          fromAddress\n          textBody\n          cc\n        }\n        attachments {\n          fileName\n          size\n          contentType\n        }\n        comments {\n          text\n        }\n      }\n    }\n  }\n": typeof types.EmailInTicketDocument,
    "\n  mutation EmailInRetry($input: SpoolMessagesInput!) {\n    retryIncomingMails(input: $input) {\n      incomingMails {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailInRetryDocument,
    "\n  query EmailNpProfiles($system: Boolean) {\n    notificationProfiles(system: $system) {\n      id\n      name\n      isDefault\n      emailAddresses\n      emailEnabled\n      smsAddresses\n      smsEnabled\n      showReminder\n    }\n  }\n": typeof types.EmailNpProfilesDocument,
    "\n  mutation EmailNpCreate($input: CreateNotificationProfileInput!) {\n    createNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        name\n        isDefault\n        emailAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EmailNpCreateDocument,
    "\n  mutation EmailNpUpdate($input: UpdateNotificationProfileInput!) {\n    updateNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        isDefault\n        emailAddresses\n        smsAddresses\n        smsEnabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailNpUpdateDocument,
    "\n  mutation EmailNpDelete($input: DeleteNotificationProfileInput!) {\n    deleteNotificationProfile(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailNpDeleteDocument,
    "\n  mutation EmailNpCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailNpCreateSmtpDocument,
    "\n  mutation EmailNpSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailNpSettingsDocument,
    "\n  subscription EmailNpReminders {\n    eventReminders {\n      ruleName\n      scope\n      text\n    }\n  }\n": typeof types.EmailNpRemindersDocument,
    "\n  mutation EmailNotifyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailNotifyCreateSmtpDocument,
    "\n  mutation EmailNotifySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailNotifySettingsDocument,
    "\n  mutation EmailNotifyStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailNotifyStatusDocument,
    "\n  mutation EmailOutCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.EmailOutCreateSmtpDocument,
    "\n  mutation EmailOutReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailOutReplyDocument,
    "\n  query EmailOutSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n": typeof types.EmailOutSpoolDocument,
    "\n  mutation EmailOutRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailOutRetryDocument,
    "\n  mutation EmailOutDelete($input: SpoolMessagesInput!) {\n    deleteOutgoingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailOutDeleteDocument,
    "\n  mutation EmailProvCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailProvCreateAccountDocument,
    "\n  mutation EmailProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailProvConfigureDocument,
    "\n  mutation EmailProvSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailProvSettingsDocument,
    "\n  query EmailProvDeliveries {\n    providerDeliveries(kind: TICKETS, first: 10) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n": typeof types.EmailProvDeliveriesDocument,
    "\n  query EmailProvIncoming {\n    incomingMails(first: 50) {\n      nodes {\n        subject\n        status\n        note\n      }\n    }\n  }\n": typeof types.EmailProvIncomingDocument,
    "\n  mutation EmailRulesCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailRulesCreateSmtpDocument,
    "\n  mutation EmailRulesCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailRulesCreateAccountDocument,
    "\n  mutation EmailRulesUpdateAccount($input: UpdateMailAccountInput!) {\n    updateMailAccount(input: $input) {\n      mailAccount {\n        acceptNewTickets\n        startTicketsRoleId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailRulesUpdateAccountDocument,
    "\n  mutation EmailRulesSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EmailRulesSettingsDocument,
    "\n  mutation EmailRulesResponder($input: CreateAutoresponderInput!) {\n    createAutoresponder(input: $input) {\n      autoresponder {\n        id\n        departmentIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EmailRulesResponderDocument,
    "\n  query EmailRulesIncoming($status: IncomingMailStatus) {\n    incomingMails(status: $status, first: 100) {\n      nodes {\n        subject\n        status\n        note\n        fromAddress\n      }\n    }\n  }\n": typeof types.EmailRulesIncomingDocument,
    "\n  mutation EvChatActStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EvChatActStartDocument,
    "\n  mutation EvChatActSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvChatActSendDocument,
    "\n  query EvCondEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n": typeof types.EvCondEvaluationsDocument,
    "\n  query EvCondTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n": typeof types.EvCondTicketDocument,
    "\n  mutation EvCondProvider($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EvCondProviderDocument,
    "\n      mutation EvEngineHours($input: SetDepartmentBusinessHoursInput!) {\n        setDepartmentBusinessHours(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.EvEngineHoursDocument,
    "\n      mutation EvEngineHoliday($input: AddDepartmentHolidayInput!) {\n        addDepartmentHoliday(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.EvEngineHolidayDocument,
    "\n      mutation EvEngineField($input: CreateCustomFieldInput!) {\n        createCustomField(input: $input) {\n          customField {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.EvEngineFieldDocument,
    "\n      mutation EvEngineStatus($input: ChangeTicketStatusInput!) {\n        changeTicketStatus(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.EvEngineStatusDocument,
    "\n  query EvEngineEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n": typeof types.EvEngineEvaluationsDocument,
    "\n  query EvEngineTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n": typeof types.EvEngineTicketDocument,
    "\n  subscription EvEngineReminders {\n    eventReminders {\n      ruleName\n      eventType\n      subjectId\n      text\n    }\n  }\n": typeof types.EvEngineRemindersDocument,
    "\n      mutation EvEngineChangePriority($input: ChangeTicketPriorityInput!) {\n        changeTicketPriority(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.EvEngineChangePriorityDocument,
    "\n  mutation EvManualTrigger($input: TriggerManualEventInput!) {\n    triggerManualEvent(input: $input) {\n      matched\n      evaluation {\n        eventType\n        outcome\n        actions {\n          action\n          outcome\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvManualTriggerDocument,
    "\n  query EvManualTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      comments {\n        text\n      }\n    }\n  }\n": typeof types.EvManualTicketDocument,
    "\n  mutation EvAccessCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EvAccessCreateRuleDocument,
    "\n  mutation EvAccessUpdateRule($input: UpdateEventRuleInput!) {\n    updateEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        actions {\n          id\n          action\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EvAccessUpdateRuleDocument,
    "\n  mutation EvAccessDeleteRule($input: DeleteEventRuleInput!) {\n    deleteEventRule(input: $input) {\n      deletedEventRuleId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvAccessDeleteRuleDocument,
    "\n  mutation EvAccessEnableRules($input: SetEventRulesEnabledInput!) {\n    setEventRulesEnabled(input: $input) {\n      eventRules {\n        id\n        enabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvAccessEnableRulesDocument,
    "\n  query EvAccessRules($scope: EventRuleScope, $category: EventCategory) {\n    eventRules(scope: $scope, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scope\n        owner {\n          id\n        }\n      }\n    }\n  }\n": typeof types.EvAccessRulesDocument,
    "\n  query EvAccessRule($id: ID!) {\n    eventRule(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.EvAccessRuleDocument,
    "\n  mutation EvAccessSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      settings {\n        stopIdleEventsAfterDays\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvAccessSettingsDocument,
    "\n  query EvCatalog {\n    eventCatalog {\n      categories {\n        key\n        systemOnly\n        eventTypes {\n          key\n          name\n          numericId\n          documentedId\n          available\n          systemOnly\n          sources {\n            domainEventType\n            whereField\n            whereValue\n            emitted\n          }\n        }\n        conditions {\n          key\n          valueType\n          operators\n          referenceType\n          enumValues\n        }\n        actions {\n          key\n          oncePerItem\n          systemOnly\n          implemented\n          parameters {\n            key\n            required\n          }\n        }\n      }\n      operators {\n        operator\n        minValues\n        maxValues\n      }\n      uncategorizedEventTypes {\n        numericId\n      }\n    }\n  }\n": typeof types.EvCatalogDocument,
    "\n  mutation EvCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EvCreateRuleDocument,
    "\n  query EvSlaEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 100) {\n      nodes {\n        ruleName\n        outcome\n        reason\n        eventType\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n        }\n      }\n    }\n  }\n": typeof types.EvSlaEvaluationsDocument,
    "\n  query EvSlaTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      group {\n        id\n      }\n      comments {\n        text\n      }\n    }\n  }\n": typeof types.EvSlaTicketDocument,
    "\n  mutation EvSlaHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvSlaHoursDocument,
    "\n  mutation EvSlaReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvSlaReplyDocument,
    "\n  mutation EvSlaDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvSlaDeleteDocument,
    "\n  mutation EvSlaSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvSlaSettingsDocument,
    "\n      mutation EvSlaStartChat($input: StartChatInput!) {\n        startChat(input: $input) {\n          chat {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    ": typeof types.EvSlaStartChatDocument,
    "\n  mutation EvTicketActStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTicketActStatusDocument,
    "\n  mutation EvTicketActPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTicketActPriorityDocument,
    "\n  mutation EvTicketActBrandHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTicketActBrandHoursDocument,
    "\n  mutation EvTicketActBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTicketActBrandHolidayDocument,
    "\n  mutation EvTicketActCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      warnings {\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTicketActCreateRuleDocument,
    "\n  query EvTypesEvaluations($ruleId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, first: 100) {\n      totalCount\n      nodes {\n        eventType\n        eventTypeId\n        domainEventType\n        subjectId\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          message\n        }\n      }\n    }\n  }\n": typeof types.EvTypesEvaluationsDocument,
    "\n  mutation EvTypesAddTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTypesAddTimeLogDocument,
    "\n  mutation EvTypesEditTimeLog($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTypesEditTimeLogDocument,
    "\n  mutation EvTypesReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.EvTypesReplyDocument,
    "\n  mutation EvTypesSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTypesSubmitDocument,
    "\n  mutation EvTypesRequestClose($input: RequestTicketCloseInput!) {\n    requestTicketClose(input: $input) {\n      ticket {\n        status\n        comments {\n          text\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EvTypesRequestCloseDocument,
    "\n  mutation EvTypesStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.EvTypesStatusDocument,
    "\n  query JobList($status: JobStatus, $kind: String, $first: Int) {\n    jobs(status: $status, kind: $kind, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        key\n        status\n        attempts\n        maxAttempts\n        lastError\n        payload\n        runAt\n        finishedAt\n      }\n    }\n  }\n": typeof types.JobListDocument,
    "\n  mutation JobRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      job {\n        id\n        status\n        attempts\n        finishedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.JobRetryDocument,
    "\n  mutation JobCancel($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        status\n        finishedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.JobCancelDocument,
    "\n  query JobNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Job {\n        kind\n        status\n      }\n    }\n  }\n": typeof types.JobNodeDocument,
    "\n  query OrgBrandLifeRead($id: ID!) {\n    brand(id: $id) {\n      id\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n": typeof types.OrgBrandLifeReadDocument,
    "\n  query OrgBrandLifeList {\n    brands(first: 10) {\n      nodes {\n        id\n        isDefault\n      }\n    }\n  }\n": typeof types.OrgBrandLifeListDocument,
    "\n  mutation OrgBrandLifeCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgBrandLifeCreateDocument,
    "\n  mutation OrgBrandLifeSetDefault($input: BrandIdInput!) {\n    setDefaultBrand(input: $input) {\n      brand {\n        id\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgBrandLifeSetDefaultDocument,
    "\n  mutation OrgBrandLifeHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      brand {\n        businessHours {\n          dayOfWeek\n          start\n          end\n          closed\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgBrandLifeHoursDocument,
    "\n  mutation OrgBrandLifeAddHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n        name\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgBrandLifeAddHolidayDocument,
    "\n  mutation OrgBrandLifeRemoveHoliday($input: RemoveHolidayInput!) {\n    removeBrandHoliday(input: $input) {\n      removedHolidayId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgBrandLifeRemoveHolidayDocument,
    "\n  mutation OrgBrandLifeDelete($input: BrandIdInput!) {\n    deleteBrand(input: $input) {\n      deletedBrandId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgBrandLifeDeleteDocument,
    "\n  mutation OrgBrandLifeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgBrandLifeCreateDepartmentDocument,
    "\n  query OrgBrandRead($id: ID!) {\n    brand(id: $id) {\n      id\n      name\n      hostHeaders\n      isDefault\n      companyWebsite\n      enableCookieDisclaimer\n      defaultFont\n      googleAnalyticsSiteId\n      displayLogoOnPortal\n      permissions {\n        minimumPostsToPostLinks\n        usersCanChangePassword\n        newFeedbackStartsModerated\n        viewCommunityRole {\n          predefined\n        }\n        postLinksInPortalRole {\n          predefined\n        }\n        viewTicketsRole {\n          id\n          predefined\n        }\n      }\n      portal {\n        primaryColor\n        secondaryColor\n        primaryButtonColor\n        secondaryButtonColor\n        buttonTextColor\n        contentBackgroundColor\n        navigationBarColor\n        textColor\n        linkColor\n        customCss\n        privacyPolicyUrl\n        privacyPolicyEnabled\n        displayLiveChatInPortal\n      }\n      cookieDisclaimer {\n        enabled\n        text\n        primaryColor\n        secondaryColor\n        version\n      }\n      customMessages {\n        mainPortalAnnouncement\n        additionalPortalFooter\n      }\n      businessHours {\n        dayOfWeek\n        start\n        end\n        closed\n      }\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n": typeof types.OrgBrandReadDocument,
    "\n  query OrgBrandList {\n    brands(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        isDefault\n      }\n    }\n  }\n": typeof types.OrgBrandListDocument,
    "\n  mutation OrgBrandCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n        name\n        hostHeaders\n        isDefault\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgBrandCreateDocument,
    "\n  mutation OrgBrandUpdate($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      brand {\n        id\n        name\n        companyWebsite\n        permissions {\n          minimumPostsToPostLinks\n          viewTicketsRole {\n            predefined\n          }\n          viewNewsRole {\n            predefined\n          }\n        }\n        portal {\n          primaryColor\n          privacyPolicyEnabled\n        }\n        cookieDisclaimer {\n          text\n          version\n        }\n        customMessages {\n          mainPortalAnnouncement\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgBrandUpdateDocument,
    "\n  mutation OrgDelCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgDelCreateDepartmentDocument,
    "\n  query OrgDelReadDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n": typeof types.OrgDelReadDepartmentDocument,
    "\n  mutation OrgDelDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n      itemsMovedTo {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.OrgDelDeleteDepartmentDocument,
    "\n  mutation OrgDelCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgDelCreateGroupDocument,
    "\n  mutation OrgDelAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgDelAddAgentDocument,
    "\n  mutation OrgDelDeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgDelDeleteGroupDocument,
    "\n  fragment OrgDeptFields on Department {\n    id\n    name\n    preferredLanguage\n    allowAllAgentsToFindItemsInAdvancedSearch\n    allowManagersOutsideToView\n    markTimeLogsBillableByDefault\n    inheritBusinessHoursFromBrand\n    inheritHolidaysFromBrand\n    brand {\n      id\n    }\n    frontLineGroup {\n      id\n      name\n      isFrontLine\n    }\n    groups {\n      id\n      name\n      isFrontLine\n    }\n    tickets {\n      autoCloseAfterHours\n      autoLockAfterHours\n      autoDeleteAfterDays\n      requireResolutionToClose\n      requireAllTasksCompletedToClose\n      notifyCustomerOnAutoClose\n      newTicketsInPortalRole {\n        predefined\n      }\n    }\n    callLogs {\n      callLogAutoDeleteAfterDays\n    }\n    customMessages {\n      beforeTicketSubmissionMessage\n      afterTicketSubmissionMessage\n    }\n    businessHours {\n      dayOfWeek\n      start\n      end\n    }\n    effectiveBusinessHours {\n      dayOfWeek\n      start\n      end\n    }\n    holidays {\n      id\n      date\n    }\n    effectiveHolidays {\n      date\n    }\n  }\n": typeof types.OrgDeptFieldsFragmentDoc,
    "\n  query OrgDeptRead($id: ID!) {\n    department(id: $id) {\n      ...OrgDeptFields\n    }\n  }\n": typeof types.OrgDeptReadDocument,
    "\n  query OrgDeptList($brandId: ID) {\n    departments(brandId: $brandId, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OrgDeptListDocument,
    "\n  mutation OrgDeptCreate($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgDeptCreateDocument,
    "\n  mutation OrgDeptUpdate($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgDeptUpdateDocument,
    "\n  mutation OrgDeptClone($input: CloneDepartmentInput!) {\n    cloneDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgDeptCloneDocument,
    "\n  mutation OrgDeptHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgDeptHoursDocument,
    "\n  mutation OrgDeptAddHoliday($input: AddDepartmentHolidayInput!) {\n    addDepartmentHoliday(input: $input) {\n      holiday {\n        id\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgDeptAddHolidayDocument,
    "\n  mutation OrgDeptAddBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgDeptAddBrandHolidayDocument,
    "\n  mutation OrgDeptCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgDeptCreateGroupDocument,
    "\n  mutation OrgGroupCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgGroupCreateDepartmentDocument,
    "\n  fragment OrgGroupFields on Group {\n    id\n    name\n    isFrontLine\n    roundRobin\n    agentCount\n    department {\n      id\n    }\n    timeEstimates {\n      ticketCreatedMinutes\n      ticketTransferredMinutes\n      ticketMessageInMinutes\n      ticketMessageOutMinutes\n      liveChatStartedMinutes\n      liveChatTransferredMinutes\n    }\n  }\n": typeof types.OrgGroupFieldsFragmentDoc,
    "\n  mutation OrgGroupCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgGroupCreateDocument,
    "\n  mutation OrgGroupUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgGroupUpdateDocument,
    "\n  mutation OrgGroupDelete($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgGroupDeleteDocument,
    "\n  query OrgGroupRead($id: ID!) {\n    group(id: $id) {\n      ...OrgGroupFields\n      memberships {\n        id\n        ticketHandling\n        chatHandling\n        employee {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrgGroupReadDocument,
    "\n  fragment OrgMembershipFields on AgentGroupMembership {\n    id\n    ticketHandling\n    maxTickets\n    chatHandling\n    autoInactiveEnabled\n    autoInactiveMinutes\n    handOffOnAutoInactive\n    goActiveOnLogin\n    ticketsActive\n    chatsActive\n    employee {\n      id\n      username\n    }\n    group {\n      id\n      agentCount\n    }\n  }\n": typeof types.OrgMembershipFieldsFragmentDoc,
    "\n  mutation OrgGroupAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgGroupAddAgentDocument,
    "\n  mutation OrgGroupUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n    updateAgentGroupMembership(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.OrgGroupUpdateMembershipDocument,
    "\n  mutation OrgGroupRemoveAgent($input: RemoveAgentFromGroupInput!) {\n    removeAgentFromGroup(input: $input) {\n      removedMembershipId\n      group {\n        agentCount\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgGroupRemoveAgentDocument,
    "\n  query OrgGroupMine {\n    me {\n      ... on Employee {\n        groupMemberships {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgGroupMineDocument,
    "\n  mutation OrgTreeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgTreeCreateDepartmentDocument,
    "\n  mutation OrgTreeCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgTreeCreateGroupDocument,
    "\n  mutation OrgTreeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgTreeAddAgentDocument,
    "\n  query OrgTreeRead {\n    departments(first: 50) {\n      nodes {\n        name\n        agentCount\n        brand {\n          name\n        }\n        frontLineGroup {\n          name\n        }\n        groups {\n          name\n          roundRobin\n          memberships {\n            ticketHandling\n            employee {\n              username\n            }\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgTreeReadDocument,
    "\n  mutation OrgPermArrange($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgPermArrangeDocument,
    "\n  mutation OrgPermArrangeMember($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgPermArrangeMemberDocument,
    "\n  mutation OrgPermArrangeHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgPermArrangeHolidayDocument,
    "\n    mutation OrgPermCreateBrand($input: CreateBrandInput!) {\n      createBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermCreateBrandDocument,
    "\n    mutation OrgPermUpdateBrand($input: UpdateBrandInput!) {\n      updateBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermUpdateBrandDocument,
    "\n    mutation OrgPermSetDefaultBrand($input: BrandIdInput!) {\n      setDefaultBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermSetDefaultBrandDocument,
    "\n    mutation OrgPermBrandHours($input: SetBrandBusinessHoursInput!) {\n      setBrandBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermBrandHoursDocument,
    "\n    mutation OrgPermAddBrandHoliday($input: AddBrandHolidayInput!) {\n      addBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermAddBrandHolidayDocument,
    "\n    mutation OrgPermRemoveBrandHoliday($input: RemoveHolidayInput!) {\n      removeBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermRemoveBrandHolidayDocument,
    "\n    mutation OrgPermDeleteBrand($input: BrandIdInput!) {\n      deleteBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermDeleteBrandDocument,
    "\n    mutation OrgPermCreateDepartment($input: CreateDepartmentInput!) {\n      createDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermCreateDepartmentDocument,
    "\n    mutation OrgPermUpdateDepartment($input: UpdateDepartmentInput!) {\n      updateDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermUpdateDepartmentDocument,
    "\n    mutation OrgPermCloneDepartment($input: CloneDepartmentInput!) {\n      cloneDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermCloneDepartmentDocument,
    "\n    mutation OrgPermDeleteDepartment($input: DeleteDepartmentInput!) {\n      deleteDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermDeleteDepartmentDocument,
    "\n    mutation OrgPermDepartmentHours($input: SetDepartmentBusinessHoursInput!) {\n      setDepartmentBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermDepartmentHoursDocument,
    "\n    mutation OrgPermAddDepartmentHoliday($input: AddDepartmentHolidayInput!) {\n      addDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermAddDepartmentHolidayDocument,
    "\n    mutation OrgPermRemoveDepartmentHoliday($input: RemoveHolidayInput!) {\n      removeDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermRemoveDepartmentHolidayDocument,
    "\n    mutation OrgPermCreateGroup($input: CreateGroupInput!) {\n      createGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermCreateGroupDocument,
    "\n    mutation OrgPermUpdateGroup($input: UpdateGroupInput!) {\n      updateGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermUpdateGroupDocument,
    "\n    mutation OrgPermDeleteGroup($input: DeleteGroupInput!) {\n      deleteGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermDeleteGroupDocument,
    "\n    mutation OrgPermAddAgent($input: AddAgentToGroupInput!) {\n      addAgentToGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermAddAgentDocument,
    "\n    mutation OrgPermUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n      updateAgentGroupMembership(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermUpdateMembershipDocument,
    "\n    mutation OrgPermRemoveAgent($input: RemoveAgentFromGroupInput!) {\n      removeAgentFromGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.OrgPermRemoveAgentDocument,
    "\n  mutation OrgScopeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgScopeCreateDepartmentDocument,
    "\n  mutation OrgScopeUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgScopeUpdateDepartmentDocument,
    "\n  mutation OrgScopeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OrgScopeAddAgentDocument,
    "\n  query OrgScopeLists($departmentId: ID) {\n    departments(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    groups(first: 50, departmentId: $departmentId) {\n      totalCount\n      nodes {\n        id\n        department {\n          id\n        }\n      }\n    }\n    brands(first: 10) {\n      nodes {\n        departments {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrgScopeListsDocument,
    "\n  query OrgScopeDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n": typeof types.OrgScopeDepartmentDocument,
    "\n  query OrgScopeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      memberships {\n        employee {\n          id\n          groupMemberships {\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrgScopeGroupDocument,
    "\n  query OrgScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n": typeof types.OrgScopeNodeDocument,
    "\n  query OrgScopeBrands {\n    brands {\n      totalCount\n    }\n  }\n": typeof types.OrgScopeBrandsDocument,
    "\n  subscription PresAgentPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        employeeId\n        online\n        availability\n      }\n    }\n  }\n": typeof types.PresAgentPresenceChangedDocument,
    "\n  subscription PresDashboardCounts {\n    dashboardCounts {\n      byAgent {\n        status {\n          displayName\n          online\n        }\n      }\n    }\n  }\n": typeof types.PresDashboardCountsDocument,
    "\n  subscription PresActiveGroupsChanged {\n    activeGroupsChanged {\n      status {\n        employeeId\n      }\n      groups {\n        ticketsActive\n      }\n    }\n  }\n": typeof types.PresActiveGroupsChangedDocument,
    "\n  mutation PresConnSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PresConnSetMyActiveGroupsDocument,
    "\n  subscription PresDurableChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n": typeof types.PresDurableChangedDocument,
    "\n  query PresMyActiveGroups {\n    myActiveGroups {\n      status {\n        employeeId\n        availability\n        active\n      }\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n        callsActive\n      }\n    }\n  }\n": typeof types.PresMyActiveGroupsDocument,
    "\n  query PresAgentActiveGroups($employeeId: ID!) {\n    agentActiveGroups(employeeId: $employeeId) {\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n      }\n    }\n  }\n": typeof types.PresAgentActiveGroupsDocument,
    "\n  mutation PresSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n          chatsActive\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.PresSetMyActiveGroupsDocument,
    "\n  mutation PresSetAgentActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PresSetAgentActiveGroupsDocument,
    "\n  mutation PresSetMyAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      status {\n        availability\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PresSetMyAvailabilityDocument,
    "\n  query PresDashboard {\n    activeAgentsDashboard {\n      byAgent {\n        status {\n          displayName\n          active\n        }\n        ticketGroups {\n          active\n          total\n        }\n      }\n      byGroup {\n        name\n        ticketAgents {\n          active\n          total\n        }\n      }\n      byDepartment {\n        name\n      }\n    }\n  }\n": typeof types.PresDashboardDocument,
    "\n  mutation ProvChatConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvChatConfigureDocument,
    "\n  mutation ProvChatCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": typeof types.ProvChatCreateDepartmentDocument,
    "\n  mutation ProvChatCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.ProvChatCreateFieldDocument,
    "\n  query ProvChatDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        note\n        request\n      }\n    }\n  }\n": typeof types.ProvChatDeliveriesDocument,
    "\n  mutation ProvInProcConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        moduleSpecifier\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ProvInProcConfigureDocument,
    "\n  mutation ProvInProcCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.ProvInProcCreateFieldDocument,
    "\n  mutation ProvInProcSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvInProcSubmitDocument,
    "\n  query ProvInProcTicket($id: ID!) {\n    ticket(id: $id) {\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n": typeof types.ProvInProcTicketDocument,
    "\n  query ProvInProcDeliveries {\n    providerDeliveries(kind: TICKETS, first: 5) {\n      nodes {\n        method\n        outcome\n        target\n        error\n      }\n    }\n  }\n": typeof types.ProvInProcDeliveriesDocument,
    "\n  mutation ProvLoginCfConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvLoginCfConfigureDocument,
    "\n  mutation ProvLoginCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.ProvLoginCfCreateFieldDocument,
    "\n  mutation ProvLoginCfLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvLoginCfLoginDocument,
    "\n  query ProvLoginCfValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": typeof types.ProvLoginCfValuesDocument,
    "\n  mutation ProvLdapConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        ldap {\n          bindKind\n          baseDN\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ProvLdapConfigureDocument,
    "\n  mutation ProvLdapLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          username\n          email\n          emailVerified\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvLdapLoginDocument,
    "\n  query ProvLdapDeliveries {\n    providerDeliveries(kind: LOGIN, first: 3) {\n      nodes {\n        method\n        outcome\n        target\n        request\n      }\n    }\n  }\n": typeof types.ProvLdapDeliveriesDocument,
    "\n  mutation ProvLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvLoginDocument,
    "\n  mutation ProvSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvSsoDocument,
    "\n  mutation ProvLoginConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ProvLoginConfigureDocument,
    "\n  query ProvDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 20) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n        response\n        status\n        error\n      }\n    }\n  }\n": typeof types.ProvDeliveriesDocument,
    "\n  query ProvUserDetails($id: ID!) {\n    user(id: $id) {\n      externalDetailsHtml(ticketNumber: \"ABC-12345\")\n    }\n  }\n": typeof types.ProvUserDetailsDocument,
    "\n  query ProvLoginOptions {\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n": typeof types.ProvLoginOptionsDocument,
    "\n  mutation ProvLoginSettingsConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        id\n        kind\n        enabled\n        transport\n        webServiceUrl\n        hasPassword\n        hasSigningSecret\n        forgotPasswordUrl\n        customLoginUrl\n        markEmailVerified\n        enableSignInCookies\n        ldap {\n          url\n          bindKind\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvLoginSettingsConfigureDocument,
    "\n  mutation ProvLoginSettingsLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvLoginSettingsLoginDocument,
    "\n  mutation ProvLoginSettingsSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvLoginSettingsSsoDocument,
    "\n  query ProvLoginSettingsEverything($id: ID!) {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      moduleSpecifier\n      moduleExport\n      timeoutMs\n      failurePolicy\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      effectiveTimeoutMs\n      effectiveFailurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        startTls\n        bindKind\n        dnTemplate\n        defaultDomain\n        upnSuffix\n        baseDN\n        filter\n        emailAttribute\n        displayNameAttribute\n        serviceAccountDn\n        hasServiceAccountPassword\n      }\n    }\n    externalProvider(kind: LOGIN) {\n      webServiceUrl\n      hasPassword\n      ldap {\n        hasServiceAccountPassword\n      }\n    }\n    node(id: $id) {\n      ... on ExternalProvider {\n        kind\n        hasPassword\n        hasSigningSecret\n        ldap {\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n    }\n    providerDeliveries(kind: LOGIN, first: 50) {\n      nodes {\n        method\n        target\n        request\n        response\n        error\n        note\n      }\n    }\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n": typeof types.ProvLoginSettingsEverythingDocument,
    "\n  query ProvLoginSettingsTypes {\n    __schema {\n      types {\n        name\n        fields {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ProvLoginSettingsTypesDocument,
    "\n  query ProvLoginSettingsReadOne {\n    externalProvider(kind: LOGIN) {\n      kind\n    }\n  }\n": typeof types.ProvLoginSettingsReadOneDocument,
    "\n  query ProvLoginSettingsReadDeliveries {\n    providerDeliveries(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ProvLoginSettingsReadDeliveriesDocument,
    "\n  query ProvLoginSettingsReadNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.ProvLoginSettingsReadNodeDocument,
    "\n  query ProvLoginSettingsReadNodeFlags($id: ID!) {\n    node(id: $id) {\n      ... on ExternalProvider {\n        hasPassword\n        hasSigningSecret\n      }\n    }\n  }\n": typeof types.ProvLoginSettingsReadNodeFlagsDocument,
    "\n  mutation ProvLoginSettingsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvLoginSettingsTokenDocument,
    "\n  mutation ProvFaultConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvFaultConfigureDocument,
    "\n  mutation ProvFaultCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.ProvFaultCreateFieldDocument,
    "\n  mutation ProvFaultSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvFaultSubmitTicketDocument,
    "\n  query ProvFaultTicketView($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n": typeof types.ProvFaultTicketViewDocument,
    "\n  mutation ProvFaultStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvFaultStartChatDocument,
    "\n  mutation ProvFaultLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          username\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvFaultLoginDocument,
    "\n  query ProvFaultDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 5) {\n      totalCount\n      nodes {\n        method\n        outcome\n        error\n        note\n        durationMs\n        status\n      }\n    }\n  }\n": typeof types.ProvFaultDeliveriesDocument,
    "\n  query ProvProviders {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      effectiveFailurePolicy\n      effectiveTimeoutMs\n    }\n  }\n": typeof types.ProvProvidersDocument,
    "\n  query ProvProvider($kind: ProviderKind!) {\n    externalProvider(kind: $kind) {\n      kind\n      enabled\n      webServiceUrl\n      hasPassword\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      failurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        hasServiceAccountPassword\n      }\n    }\n  }\n": typeof types.ProvProviderDocument,
    "\n  mutation ProvUpdate($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n        hasSigningSecret\n        webServiceUrl\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ProvUpdateDocument,
    "\n  mutation ProvCallConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvCallConfigureDocument,
    "\n  mutation ProvCallCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.ProvCallCreateFieldDocument,
    "\n  mutation ProvCallCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": typeof types.ProvCallCreateTemplateDocument,
    "\n  mutation ProvCallAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvCallAddFieldDocument,
    "\n  mutation ProvCallSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvCallSetTemplatesDocument,
    "\n  mutation ProvCallCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": typeof types.ProvCallCreateDepartmentDocument,
    "\n  mutation ProvCallSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvCallSubmitTicketDocument,
    "\n  query ProvCallAgentView($id: ID!) {\n    ticket(id: $id) {\n      id\n      ticketNumber\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n": typeof types.ProvCallAgentViewDocument,
    "\n  query ProvCallDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        error\n        note\n        request\n      }\n    }\n  }\n": typeof types.ProvCallDeliveriesDocument,
    "\n  query ProvCallForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n": typeof types.ProvCallFormDocument,
    "\n  mutation ProvCallAgentCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvCallAgentCreateDocument,
    "\n  query ProvCallTicketView($id: ID!) {\n    ticket(id: $id) {\n      requesterDetailsHtml\n    }\n  }\n": typeof types.ProvCallTicketViewDocument,
    "\n  mutation ProvAllowConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvAllowConfigureDocument,
    "\n  mutation ProvAllowCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": typeof types.ProvAllowCreateDepartmentDocument,
    "\n  mutation ProvAllowSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvAllowSubmitTicketDocument,
    "\n  query ProvAllowDeliveries {\n    providerDeliveries(kind: CUSTOM_FIELDS, first: 1) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n": typeof types.ProvAllowDeliveriesDocument,
    "\n  mutation ProvSyncUsers($input: SyncUsersInput!) {\n    syncUsers(input: $input) {\n      results {\n        outcome\n        email\n        user {\n          username\n          displayName\n          forcePasswordChange\n          disabled\n          externalId\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ProvSyncUsersDocument,
    "\n  mutation ProvSetUserProperties($input: SetUserPropertiesInput!) {\n    setUserProperties(input: $input) {\n      outcome\n      user {\n        id\n        username\n        email\n        displayName\n        forcePasswordChange\n        externalId\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ProvSetUserPropertiesDocument,
    "\n  mutation ProvSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ProvSyncTokenDocument,
    "\n  mutation RegRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n          username\n          email\n          displayName\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RegRegisterUserDocument,
    "\n  mutation RegLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RegLoginDocument,
    "\n  mutation RegConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RegConfigureDocument,
    "\n  mutation RegCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.RegCreateFieldDocument,
    "\n  query RegUserValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": typeof types.RegUserValuesDocument,
    "\n  query RegDeliveries {\n    providerDeliveries(kind: REGISTRATION, first: 1) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n": typeof types.RegDeliveriesDocument,
    "\n  mutation RolePermCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RolePermCreateDocument,
    "\n  mutation RolePermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RolePermSetRolesDocument,
    "\n  query RolePermMine {\n    myPermissions\n  }\n": typeof types.RolePermMineDocument,
    "\n  query RolePermEffective($accountId: ID!) {\n    effectivePermissions(accountId: $accountId)\n  }\n": typeof types.RolePermEffectiveDocument,
    "\n  query RolePermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Role {\n        name\n      }\n    }\n  }\n": typeof types.RolePermNodeDocument,
    "\n  query RoleList($type: RoleType) {\n    roles(first: 100, type: $type) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        predefined\n        isCustom\n        usersCount\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n    }\n  }\n": typeof types.RoleListDocument,
    "\n  query RoleGet($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      usersCount\n    }\n  }\n": typeof types.RoleGetDocument,
    "\n  query RoleCatalog {\n    permissionCatalog {\n      levels\n      privileges\n      features {\n        key\n        label\n        employeeOnly\n        customActions\n        customFlags\n        dependencies {\n          action\n          requires\n        }\n        levels {\n          level\n          actions\n          permissionKeys\n        }\n      }\n    }\n  }\n": typeof types.RoleCatalogDocument,
    "\n  mutation RoleCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        name\n        type\n        isCustom\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.RoleCreateDocument,
    "\n  mutation RoleUpdate($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        id\n        name\n        description\n        permissions\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.RoleUpdateDocument,
    "\n  mutation RoleDelete($input: DeleteRolesInput!) {\n    deleteRoles(input: $input) {\n      deletedRoleIds\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RoleDeleteDocument,
    "\n  query RoleHolder($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        roles {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RoleHolderDocument,
    "\n  query SystemSecuritySettings {\n    securitySettings {\n      bruteForceProtectionEnabled\n      maxFailedLoginAttempts\n      lockoutMinutes\n      minimumPasswordLength\n      requireNumbers\n      requireUppercase\n      requireLowercase\n      requireSymbol\n      requirePasswordNotUsername\n      disablePasswordStrengthForExistingPasswords\n    }\n  }\n": typeof types.SystemSecuritySettingsDocument,
    "\n  mutation SystemUpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        maxFailedLoginAttempts\n        lockoutMinutes\n        minimumPasswordLength\n        requireSymbol\n        bruteForceProtectionEnabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.SystemUpdateSecuritySettingsDocument,
    "\n  query SetupStatus {\n    installationStatus {\n      setupRequired\n      companyName\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  mutation SetupInstall($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      installation {\n        companyName\n        timeZone\n      }\n      administrator {\n        id\n        username\n        displayName\n        email\n      }\n      brand {\n        id\n        name\n        isDefault\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.SetupInstallDocument,
    "\n  query SetupMe {\n    me {\n      id\n      username\n      kind\n      ... on Employee {\n        displayName\n      }\n    }\n    myPermissions\n  }\n": typeof types.SetupMeDocument,
    "\n  query TktAdvSearch(\n    $text: String\n    $criteria: TicketSearchCriteria\n    $sortBy: TicketSortField\n    $descending: Boolean\n    $first: Int\n    $after: String\n  ) {\n    searchTickets(\n      text: $text\n      criteria: $criteria\n      sortBy: $sortBy\n      descending: $descending\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TktAdvSearchDocument,
    "\n  mutation TktAdvCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.TktAdvCreateFieldDocument,
    "\n  mutation TktAdvCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": typeof types.TktAdvCreateTemplateDocument,
    "\n  mutation TktAdvAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktAdvAddFieldDocument,
    "\n  mutation TktAdvSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktAdvSetTemplatesDocument,
    "\n  mutation TktAdvCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n    }\n  }\n": typeof types.TktAdvCreateGroupDocument,
    "\n  mutation TktAdvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktAdvCommentDocument,
    "\n  mutation TktAdvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktAdvStatusDocument,
    "\n  mutation TktAdvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktAdvDeleteDocument,
    "\n  query TktAttSettings {\n    ticketSettings {\n      maxAttachmentBytes\n    }\n  }\n": typeof types.TktAttSettingsDocument,
    "\n  mutation TktAttUpdateSettings($input: UpdateTicketSettingsInput!) {\n    updateTicketSettings(input: $input) {\n      settings {\n        maxAttachmentBytes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktAttUpdateSettingsDocument,
    "\n  mutation TktAttAdd($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      attachment {\n        id\n        fileName\n        contentType\n        size\n        internal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktAttAddDocument,
    "\n  mutation TktAttReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktAttReplyDocument,
    "\n  query TktAttFiles($id: ID) {\n    ticket(id: $id) {\n      attachments {\n        fileName\n        contentType\n        size\n        internal\n        contentBase64\n      }\n    }\n  }\n": typeof types.TktAttFilesDocument,
    "\n  mutation TktAttMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktAttMergeDocument,
    "\n  mutation TktBulkUpdate($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      results {\n        ticketId\n        ticket {\n          status\n          priority\n        }\n        userErrors {\n          code\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktBulkUpdateDocument,
    "\n  mutation TktBulkDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktBulkDeleteDocument,
    "\n  mutation TktBulkPurge($input: PurgeDeletedTicketsInput!) {\n    purgeDeletedTickets(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktBulkPurgeDocument,
    "\n  mutation TktCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktCfCreateFieldDocument,
    "\n  mutation TktCfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktCfCreateTemplateDocument,
    "\n  mutation TktCfAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TktCfAddFieldDocument,
    "\n  mutation TktCfSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktCfSetTemplatesDocument,
    "\n  mutation TktCfCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktCfCreateTicketDocument,
    "\n  mutation TktCfSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktCfSubmitDocument,
    "\n  mutation TktCfUpdate($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktCfUpdateDocument,
    "\n  mutation TktCfStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktCfStatusDocument,
    "\n  query TktCfValues($id: ID) {\n    ticket(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": typeof types.TktCfValuesDocument,
    "\n  mutation TktCfMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktCfMergeDocument,
    "\n  mutation TktDelViewsDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktDelViewsDeleteDocument,
    "\n  query TktDelViewsLists($filter: TicketFilter) {\n    tickets(first: 10, filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TktDelViewsListsDocument,
    "\n  query TktDelViewsMine($filter: TicketFilter) {\n    myTickets(first: 10, filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.TktDelViewsMineDocument,
    "\n  query TktDelViewsOne($id: ID!) {\n    ticket(id: $id) {\n      id\n    }\n  }\n": typeof types.TktDelViewsOneDocument,
    "\n  query TktDelViewsDeleted {\n    deletedTickets(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TktDelViewsDeletedDocument,
    "\n  query TktDelViewsSearch {\n    searchTickets(first: 10, criteria: { items: ONLY_DELETED }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TktDelViewsSearchDocument,
    "\n  mutation TktEditComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        type\n        text\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditCommentDocument,
    "\n  query TktEditView($id: ID) {\n    ticket(id: $id) {\n      status\n      priority\n      pinned\n      subject\n      requesterEmail\n      followUpAt\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": typeof types.TktEditViewDocument,
    "\n  mutation TktEditStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n        closedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditStatusDocument,
    "\n  mutation TktEditPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ticket {\n        priority\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditPriorityDocument,
    "\n  mutation TktEditPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      ticket {\n        pinned\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditPinDocument,
    "\n  mutation TktEditHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        subject\n        requesterEmail\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktEditHeaderDocument,
    "\n  mutation TktEditReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditReplyDocument,
    "\n  mutation TktEditComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditComposingDocument,
    "\n  mutation TktEditFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditFollowUpDocument,
    "\n  mutation TktEditRemoveFollowUp($ticketId: ID!) {\n    removeFollowUp(ticketId: $ticketId) {\n      ticket {\n        status\n        followUpAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEditRemoveFollowUpDocument,
    "\n  query TktEmailLookupRequester($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        id\n        email\n      }\n    }\n  }\n": typeof types.TktEmailLookupRequesterDocument,
    "\n  mutation TktEmailLookupSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TktEmailLookupSmtpDocument,
    "\n  mutation TktEvReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvReplyDocument,
    "\n  mutation TktEvMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvMyReplyDocument,
    "\n  mutation TktEvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvCommentDocument,
    "\n  mutation TktEvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvStatusDocument,
    "\n  mutation TktEvPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvPriorityDocument,
    "\n  mutation TktEvTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvTransferDocument,
    "\n  mutation TktEvTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvTakeDocument,
    "\n  mutation TktEvRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvReleaseDocument,
    "\n  mutation TktEvMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvMergeDocument,
    "\n  mutation TktEvFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvFollowUpDocument,
    "\n  mutation TktEvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvDeleteDocument,
    "\n  mutation TktEvRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktEvRestoreDocument,
    "\n  mutation TktTimerFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktTimerFollowUpDocument,
    "\n  query TktTimerStatus($id: ID!) {\n    ticket(id: $id) {\n      status\n      followUpAt\n      assignedAgent {\n        id\n      }\n    }\n  }\n": typeof types.TktTimerStatusDocument,
    "\n  mutation TktCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n        status\n        countsTowardLimit\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktCreateDocument,
    "\n  query TktGet($id: ID, $number: String) {\n    ticket(id: $id, number: $number) {\n      id\n      ticketNumber\n      status\n      subject\n      pinned\n      followUpAt\n      group {\n        id\n      }\n      assignedAgent {\n        id\n      }\n      messages {\n        direction\n        textBody\n      }\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        totalCount\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n": typeof types.TktGetDocument,
    "\n  mutation TktReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktReplyDocument,
    "\n  mutation TktMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktMyReplyDocument,
    "\n  mutation TktStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktStatusDocument,
    "\n  mutation TktTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        group {\n          id\n        }\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktTransferDocument,
    "\n  mutation TktMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ticket {\n        id\n        messages {\n          textBody\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktMergeDocument,
    "\n  mutation TktFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktFollowUpDocument,
    "\n  mutation TktDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktDeleteDocument,
    "\n  mutation TktRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktRestoreDocument,
    "\n  mutation TktPermCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermCreateDocument,
    "\n  mutation TktPermReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermReplyDocument,
    "\n  mutation TktPermComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermCommentDocument,
    "\n  mutation TktPermStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermStatusDocument,
    "\n  mutation TktPermPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermPriorityDocument,
    "\n  mutation TktPermPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermPinDocument,
    "\n  mutation TktPermHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermHeaderDocument,
    "\n  mutation TktPermMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermMergeDocument,
    "\n  mutation TktPermFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermFollowUpDocument,
    "\n  query TktPermList {\n    tickets(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.TktPermListDocument,
    "\n  mutation TktPermAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermAttachDocument,
    "\n  mutation TktPermTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermTimeLogDocument,
    "\n  mutation TktPermLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermLinkDocument,
    "\n  mutation TktPermComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermComposingDocument,
    "\n  mutation TktPermBulk($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPermBulkDocument,
    "\n  mutation TktPortalSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        source\n        requesterEmail\n        requester {\n          email\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktPortalSubmitDocument,
    "\n  query TktPortalQueue($first: Int) {\n    ticketQueue(first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TktPortalQueueDocument,
    "\n  query TktPortalGet($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n": typeof types.TktPortalGetDocument,
    "\n  query TktPortalList($first: Int) {\n    tickets(first: $first) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n        timeLogs {\n          minutes\n          category {\n            name\n          }\n        }\n        attachments {\n          fileName\n        }\n        relatedItems {\n          ticket {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.TktPortalListDocument,
    "\n  mutation TktPortalCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": typeof types.TktPortalCreateFieldDocument,
    "\n  mutation TktPortalCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": typeof types.TktPortalCreateTemplateDocument,
    "\n  mutation TktPortalAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPortalAddFieldDocument,
    "\n  mutation TktPortalSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPortalSetTemplatesDocument,
    "\n  mutation TktPortalAddLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPortalAddLogDocument,
    "\n  mutation TktPortalAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPortalAttachDocument,
    "\n  mutation TktPortalLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPortalLinkDocument,
    "\n  query TktPortalMine {\n    myPortalTickets(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TktPortalMineDocument,
    "\n  mutation TktPortalDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktPortalDeleteDocument,
    "\n  query TktRecentViews($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TktRecentViewsDocument,
    "\n  query TktRecentPortal($filter: TicketFilter) {\n    myPortalTickets(filter: $filter) {\n      totalCount\n    }\n  }\n": typeof types.TktRecentPortalDocument,
    "\n  mutation TktRecentComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktRecentCommentDocument,
    "\n  mutation TktRecentReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktRecentReplyDocument,
    "\n  mutation TktRecentTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TktRecentTransferDocument,
    "\n  query TktSearchCap($text: String!, $first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: $text, first: $first, criteria: $criteria) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        priority\n      }\n    }\n  }\n": typeof types.TktSearchCapDocument,
    "\n  query TktSearch($text: String!, $filter: TicketFilter) {\n    searchTickets(text: $text, first: 25, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        subject\n      }\n    }\n  }\n": typeof types.TktSearchDocument,
    "\n  query TktSearchPage($first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: \"widget\", first: $first, criteria: $criteria) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n": typeof types.TktSearchPageDocument,
    "\n  mutation TktSigCreate($input: CreateTicketSignatureInput!) {\n    createTicketSignature(input: $input) {\n      signature {\n        id\n        html\n        brand {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktSigCreateDocument,
    "\n  mutation TktSigUpdate($input: UpdateTicketSignatureInput!) {\n    updateTicketSignature(input: $input) {\n      signature {\n        html\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktSigUpdateDocument,
    "\n  mutation TktSigDelete($input: DeleteTicketSignatureInput!) {\n    deleteTicketSignature(input: $input) {\n      deletedSignatureId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktSigDeleteDocument,
    "\n  query TktSigList {\n    ticketSignatures {\n      id\n      html\n    }\n  }\n": typeof types.TktSigListDocument,
    "\n  mutation TktSigReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        htmlBody\n        textBody\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktSigReplyDocument,
    "\n  query TktSigView($id: ID) {\n    ticket(id: $id) {\n      brand {\n        name\n      }\n      messages {\n        direction\n        htmlBody\n        textBody\n      }\n      replySignature {\n        html\n        text\n      }\n    }\n  }\n": typeof types.TktSigViewDocument,
    "\n  mutation TktSigGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktSigGroupDocument,
    "\n  subscription TktSubTicketChanged($ticketId: ID!) {\n    ticketChanged(ticketId: $ticketId) {\n      kind\n      ticketId\n      changedFields\n      messageId\n      commentId\n      ticket {\n        id\n        status\n        assignedAgent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TktSubTicketChangedDocument,
    "\n  subscription TktSubMine {\n    myTicketsChanged {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n      }\n    }\n  }\n": typeof types.TktSubMineDocument,
    "\n  subscription TktSubQueue($departmentId: ID!, $groupId: ID) {\n    departmentQueueChanged(departmentId: $departmentId, groupId: $groupId) {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n        subject\n      }\n    }\n  }\n": typeof types.TktSubQueueDocument,
    "\n  mutation TktSubComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktSubCommentDocument,
    "\n  mutation TktSubReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktSubReplyDocument,
    "\n  mutation TktSubTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktSubTransferDocument,
    "\n  mutation TktSubTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktSubTakeDocument,
    "\n  mutation TktLogCreateCategory($input: CreateTimeLogCategoryInput!) {\n    createTimeLogCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktLogCreateCategoryDocument,
    "\n  mutation TktLogRenameCategory($input: UpdateTimeLogCategoryInput!) {\n    updateTimeLogCategory(input: $input) {\n      category {\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktLogRenameCategoryDocument,
    "\n  mutation TktLogDeleteCategory($id: ID!) {\n    deleteTimeLogCategory(id: $id) {\n      deletedCategoryId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktLogDeleteCategoryDocument,
    "\n  mutation TktLogAdd($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n        minutes\n        billable\n        cost\n        notes\n        category {\n          name\n        }\n        agent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.TktLogAddDocument,
    "\n  mutation TktLogUpdate($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      timeLog {\n        minutes\n        cost\n        billable\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktLogUpdateDocument,
    "\n  mutation TktLogDelete($timeLogId: ID!) {\n    deleteTicketTimeLog(timeLogId: $timeLogId) {\n      deletedTimeLogId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktLogDeleteDocument,
    "\n  query TktLogTabs($id: ID) {\n    ticket(id: $id) {\n      timeLogs {\n        minutes\n        category {\n          name\n        }\n      }\n      relatedItems {\n        kind\n        ticket {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TktLogTabsDocument,
    "\n  mutation TktLogLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktLogLinkDocument,
    "\n  mutation TktLogUnlink($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktLogUnlinkDocument,
    "\n  mutation TktTimingStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktTimingStatusDocument,
    "\n  query TktTimingState($id: ID!) {\n    ticket(id: $id) {\n      status\n      deletedAt\n    }\n  }\n": typeof types.TktTimingStateDocument,
    "\n  mutation TktTimingDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktTimingDepartmentDocument,
    "\n  subscription TktViewers($ticketId: ID!) {\n    ticketViewersChanged(ticketId: $ticketId) {\n      ticketId\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TktViewersDocument,
    "\n  query TktViewersField($id: ID!) {\n    ticket(id: $id) {\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n": typeof types.TktViewersFieldDocument,
    "\n  mutation TktViewersCompose($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktViewersComposeDocument,
    "\n  mutation TktViewersReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TktViewersReplyDocument,
};
const documents: Documents = {
    "\n  mutation BenchSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchSetupDocument,
    "\n  mutation BenchLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchLoginDocument,
    "\n  query BenchRoles {\n    roles(first: 100) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": types.BenchRolesDocument,
    "\n  mutation BenchCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchCreateDepartmentDocument,
    "\n  mutation BenchCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchCreateGroupDocument,
    "\n  mutation BenchCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchCreateEmployeeDocument,
    "\n  mutation BenchAddAgentToGroup($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchAddAgentToGroupDocument,
    "\n  mutation BenchSetActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchSetActiveGroupsDocument,
    "\n  mutation BenchCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchCreateTicketDocument,
    "\n  query BenchAgentQueuePage($first: Int!, $filter: TicketFilter) {\n    tickets(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNumber\n        subject\n        status\n        priority\n        lastActivityAt\n        requesterEmail\n        requester {\n          id\n          displayName\n          email\n        }\n        assignedAgent {\n          id\n          displayName\n        }\n        department {\n          id\n          name\n        }\n        group {\n          id\n          name\n        }\n        lastMessage {\n          id\n          createdAt\n          direction\n          fromAddress\n          textBody\n        }\n      }\n    }\n  }\n": types.BenchAgentQueuePageDocument,
    "\n  query BenchSearchTickets($text: String!) {\n    searchTickets(text: $text, first: 25) {\n      totalCount\n      nodes {\n        id\n        ticketNumber\n        subject\n        lastActivityAt\n      }\n    }\n  }\n": types.BenchSearchTicketsDocument,
    "\n    mutation BenchChatStart($input: StartChatInput!) {\n      startChat(input: $input) {\n        chat {\n          id\n          status\n          agent {\n            id\n          }\n        }\n        visitorToken\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  ": types.BenchChatStartDocument,
    "\n    mutation BenchChatTake($input: TakeChatInput!) {\n      takeChat(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  ": types.BenchChatTakeDocument,
    "\n    mutation BenchChatSend($input: SendChatMessageInput!) {\n      sendChatMessage(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  ": types.BenchChatSendDocument,
    "\n    subscription BenchChatEvents($chatId: ID!, $visitorToken: String) {\n      chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n        kind\n        message {\n          body\n          seq\n        }\n      }\n    }\n  ": types.BenchChatEventsDocument,
    "\n    subscription BenchWsQueueChanged($departmentId: ID!) {\n      departmentQueueChanged(departmentId: $departmentId) {\n        __typename\n      }\n    }\n  ": types.BenchWsQueueChangedDocument,
    "\n  mutation BenchWsSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BenchWsSetAvailabilityDocument,
    "\n  subscription BenchWsPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      occurredAt\n      status {\n        employeeId\n        availability\n        online\n      }\n    }\n  }\n": types.BenchWsPresenceChangedDocument,
    "\n  mutation ExampleWalkConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleWalkConfigureDocument,
    "\n  mutation ExampleWalkLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ExampleWalkLoginDocument,
    "\n  mutation ExampleWalkRegister($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleWalkRegisterDocument,
    "\n  mutation ExampleWalkCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.ExampleWalkCreateFieldDocument,
    "\n  mutation ExampleWalkCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": types.ExampleWalkCreateTemplateDocument,
    "\n  mutation ExampleWalkAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ExampleWalkAddFieldDocument,
    "\n  mutation ExampleWalkSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ExampleWalkSetTemplatesDocument,
    "\n  mutation ExampleWalkSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleWalkSubmitDocument,
    "\n  query ExampleWalkTicket($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      requesterDetailsHtml\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n": types.ExampleWalkTicketDocument,
    "\n  mutation ExampleWalkStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleWalkStartChatDocument,
    "\n  query ExampleWalkForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n": types.ExampleWalkFormDocument,
    "\n  query ExampleWalkDeliveries($kind: ProviderKind, $first: Int) {\n    providerDeliveries(kind: $kind, first: $first) {\n      nodes {\n        method\n        outcome\n        status\n        durationMs\n        error\n        note\n        request\n        response\n      }\n    }\n  }\n": types.ExampleWalkDeliveriesDocument,
    "\n  mutation ExampleSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ExampleSyncTokenDocument,
    "\n  query ExampleSyncUsers($search: String) {\n    users(first: 50, search: $search) {\n      nodes {\n        username\n        email\n        displayName\n        externalId\n        disabled\n        forcePasswordChange\n      }\n    }\n  }\n": types.ExampleSyncUsersDocument,
    "\n  query DbQueryCountMe {\n    me {\n      id\n    }\n  }\n": types.DbQueryCountMeDocument,
    "\n  mutation PresRedisSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PresRedisSetAvailabilityDocument,
    "\n  subscription PresRedisPresenceChanged {\n    agentPresenceChanged {\n      reason\n      status {\n        availability\n      }\n    }\n  }\n": types.PresRedisPresenceChangedDocument,
    "\n  query PlatformNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Employee {\n        username\n      }\n    }\n  }\n": types.PlatformNodeDocument,
    "\n  query PlatformMe {\n    me {\n      id\n    }\n  }\n": types.PlatformMeDocument,
    "\n  mutation FixtureSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      administrator {\n        id\n      }\n      brand {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FixtureSetupDocument,
    "\n  mutation FixtureLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        mustChangePassword\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.FixtureLoginDocument,
    "\n  query AccAccessMe {\n    me {\n      id\n      forcePasswordChange\n    }\n  }\n": types.AccAccessMeDocument,
    "\n  query AccAccessEmployees {\n    employees {\n      totalCount\n    }\n  }\n": types.AccAccessEmployeesDocument,
    "\n  query AccAccessCatalog {\n    permissionCatalog {\n      levels\n    }\n  }\n": types.AccAccessCatalogDocument,
    "\n  mutation AccAccessChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccAccessChangePasswordDocument,
    "\n  mutation AccAccessLogout {\n    logout {\n      success\n    }\n  }\n": types.AccAccessLogoutDocument,
    "\n  mutation AccAccessCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccAccessCreateEmployeeDocument,
    "\n  mutation AccAccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccAccessCreateUserDocument,
    "\n  mutation AccAccessDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccAccessDisableDocument,
    "\n  mutation AccAccessEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccAccessEnableDocument,
    "\n  mutation AccAccessLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccAccessLoginDocument,
    "\n  query AccAccessAdminRole {\n    roles(first: 50, type: EMPLOYEE) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": types.AccAccessAdminRoleDocument,
    "\n  query AccEmpAdmList($first: Int, $search: String) {\n    employees(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        roles {\n          name\n        }\n      }\n    }\n  }\n": types.AccEmpAdmListDocument,
    "\n  query AccEmpAdmGet($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      roles {\n        name\n      }\n    }\n  }\n": types.AccEmpAdmGetDocument,
    "\n  mutation AccEmpAdmCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccEmpAdmCreateDocument,
    "\n  mutation AccEmpAdmUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccEmpAdmUpdateDocument,
    "\n  mutation AccEmpAdmSetPassword($input: SetEmployeePasswordInput!) {\n    setEmployeePassword(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccEmpAdmSetPasswordDocument,
    "\n  mutation AccEmpAdmSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccEmpAdmSetRolesDocument,
    "\n  mutation AccEmpAdmDelete($input: DeleteEmployeesInput!) {\n    deleteEmployees(input: $input) {\n      deletedEmployeeIds\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccEmpAdmDeleteDocument,
    "\n  query AccEmpAdmNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.AccEmpAdmNodeDocument,
    "\n  query AccEmpList($first: Int, $search: String, $roleId: ID, $disabled: Boolean, $sortBy: AccountSortField) {\n    employees(first: $first, search: $search, roleId: $roleId, disabled: $disabled, sortBy: $sortBy) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        roles {\n          name\n        }\n      }\n    }\n  }\n": types.AccEmpListDocument,
    "\n  query AccEmpGet($id: ID!) {\n    employee(id: $id) {\n      id\n      username\n      displayName\n      displayNameForChat\n      email\n      emailVerified\n      authenticationMethod\n      authenticationDomain\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      hourlyCost\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      emailSummariesOfSubscribedCommunityPosts\n      emailNewMessagesFromConversations\n      portalSignature\n      copyToAddress\n      copyToEnabled\n      otherReplyFromAddresses\n      maxTickets\n      maxActiveLiveChats\n      popUpNewChatsAutomatically\n      playChatSounds\n      playSoundWhenChatQueued\n      blockChatWhileComposingCallLogs\n      roles {\n        name\n      }\n    }\n  }\n": types.AccEmpGetDocument,
    "\n  query AccEmpDirectory($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      displayNameForChat\n      email\n      roles {\n        name\n      }\n    }\n  }\n": types.AccEmpDirectoryDocument,
    "\n  query AccEmpPrivate($id: ID!) {\n    employee(id: $id) {\n      id\n      homePhone\n    }\n  }\n": types.AccEmpPrivateDocument,
    "\n  mutation AccEmpCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AccEmpCreateDocument,
    "\n  mutation AccEmpUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        username\n        displayName\n        authenticationMethod\n        authenticationDomain\n        hourlyCost\n        maxTickets\n        otherReplyFromAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccEmpUpdateDocument,
    "\n  query AccEmpRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": types.AccEmpRolesDocument,
    "\n  mutation AccEmpCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccEmpCreateUserDocument,
    "\n  query AccEmpNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Employee {\n        displayName\n      }\n    }\n  }\n": types.AccEmpNodeDocument,
    "\n  query AccOrgPermList {\n    organizations {\n      totalCount\n    }\n  }\n": types.AccOrgPermListDocument,
    "\n  query AccOrgPermGet($id: ID!) {\n    organization(id: $id) {\n      id\n      members {\n        id\n      }\n      users {\n        totalCount\n      }\n    }\n  }\n": types.AccOrgPermGetDocument,
    "\n  query AccOrgPermUsers($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n": types.AccOrgPermUsersDocument,
    "\n  query AccOrgPermMine {\n    me {\n      ... on User {\n        organizations {\n          name\n        }\n      }\n    }\n  }\n": types.AccOrgPermMineDocument,
    "\n  mutation AccOrgPermCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgPermCreateDocument,
    "\n  mutation AccOrgPermUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgPermUpdateDocument,
    "\n  mutation AccOrgPermAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgPermAddMemberDocument,
    "\n  mutation AccOrgPermUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgPermUpdateMemberDocument,
    "\n  mutation AccOrgPermRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgPermRemoveMemberDocument,
    "\n  mutation AccOrgPermDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgPermDeleteDocument,
    "\n  query AccOrgList($search: String) {\n    organizations(first: 50, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        website\n      }\n    }\n  }\n": types.AccOrgListDocument,
    "\n  query AccOrgGet($id: ID!, $first: Int) {\n    organization(id: $id) {\n      id\n      name\n      website\n      phoneNumber\n      numberOfEmployees\n      city\n      country\n      members {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      users(first: $first) {\n        totalCount\n        nodes {\n          username\n        }\n      }\n    }\n  }\n": types.AccOrgGetDocument,
    "\n  mutation AccOrgCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        members {\n          id\n          type\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccOrgCreateDocument,
    "\n  mutation AccOrgUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        website\n        city\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccOrgUpdateDocument,
    "\n  mutation AccOrgAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      member {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      organization {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccOrgAddMemberDocument,
    "\n  mutation AccOrgUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      member {\n        id\n        value\n        viewOrganizationTicketsInPortal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccOrgUpdateMemberDocument,
    "\n  mutation AccOrgRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMemberId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgRemoveMemberDocument,
    "\n  mutation AccOrgDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      deletedOrganizationIds\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgDeleteDocument,
    "\n  mutation AccOrgCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccOrgCreateUserDocument,
    "\n  query AccOrgUserOrgs($id: ID!) {\n    user(id: $id) {\n      organizations {\n        name\n      }\n    }\n  }\n": types.AccOrgUserOrgsDocument,
    "\n  query AccOrgUsersInOrg($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n": types.AccOrgUsersInOrgDocument,
    "\n  query AccUserPermList {\n    users {\n      totalCount\n    }\n  }\n": types.AccUserPermListDocument,
    "\n  query AccUserPermGet($id: ID!) {\n    user(id: $id) {\n      id\n    }\n  }\n": types.AccUserPermGetDocument,
    "\n  mutation AccUserPermCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserPermCreateDocument,
    "\n  mutation AccUserPermUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserPermUpdateDocument,
    "\n  mutation AccUserPermSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserPermSetPasswordDocument,
    "\n  mutation AccUserPermDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserPermDeleteDocument,
    "\n  mutation AccUserPermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserPermSetRolesDocument,
    "\n  mutation AccUserPermDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserPermDisableDocument,
    "\n  mutation AccUserPermEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserPermEnableDocument,
    "\n  query AccUserPermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User {\n        username\n      }\n    }\n  }\n": types.AccUserPermNodeDocument,
    "\n  query AccUserList(\n    $search: String\n    $roleId: ID\n    $disabled: Boolean\n    $sortBy: AccountSortField\n    $descending: Boolean\n  ) {\n    users(\n      first: 50\n      search: $search\n      roleId: $roleId\n      disabled: $disabled\n      sortBy: $sortBy\n      descending: $descending\n    ) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n": types.AccUserListDocument,
    "\n  query AccUserGet($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      authenticationMethod\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      portalSignature\n      banned\n      banReason\n      disabled\n      roles {\n        name\n      }\n    }\n  }\n": types.AccUserGetDocument,
    "\n  mutation AccUserCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccUserCreateDocument,
    "\n  mutation AccUserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        username\n        email\n        banned\n        banReason\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AccUserUpdateDocument,
    "\n  mutation AccUserSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserSetPasswordDocument,
    "\n  mutation AccUserDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      deletedUserIds\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserDeleteDocument,
    "\n  mutation AccUserSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserSetRolesDocument,
    "\n  query AccUserRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n": types.AccUserRolesDocument,
    "\n  mutation AccUserCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserCreateRoleDocument,
    "\n  mutation AccUserCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AccUserCreateEmployeeDocument,
    "\n  mutation AuthScopesCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        permissions\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AuthScopesCreateDocument,
    "\n  query AuthScopesPermissions {\n    myPermissions\n  }\n": types.AuthScopesPermissionsDocument,
    "\n  query AuthScopesList {\n    apiTokens {\n      nodes {\n        id\n      }\n    }\n  }\n": types.AuthScopesListDocument,
    "\n  mutation AuthScopesRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthScopesRevokeDocument,
    "\n  mutation AuthScopesLogout {\n    logout {\n      success\n    }\n  }\n": types.AuthScopesLogoutDocument,
    "\n  mutation AuthScopesChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthScopesChangePasswordDocument,
    "\n  query AuthScopesSessions {\n    mySessions {\n      totalCount\n    }\n  }\n": types.AuthScopesSessionsDocument,
    "\n  query AuthScopesNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ApiToken {\n        name\n      }\n    }\n  }\n": types.AuthScopesNodeDocument,
    "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        permissions\n        expiresAt\n        active\n        createdAt\n        owner {\n          id\n        }\n        createdBy {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AuthCreateApiTokenDocument,
    "\n  query AuthApiTokens($ownerId: ID, $allOwners: Boolean, $includeInactive: Boolean) {\n    apiTokens(ownerId: $ownerId, allOwners: $allOwners, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        active\n        revokedAt\n        lastUsedAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n": types.AuthApiTokensDocument,
    "\n  mutation AuthRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        active\n        revokedAt\n      }\n      revokedCount\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AuthRevokeApiTokenDocument,
    "\n  query AuthTokenWhoAmI {\n    me {\n      id\n    }\n    myPermissions\n  }\n": types.AuthTokenWhoAmIDocument,
    "\n  query AuthApiTokenFields {\n    __type(name: \"ApiToken\") {\n      fields {\n        name\n      }\n    }\n  }\n": types.AuthApiTokenFieldsDocument,
    "\n  mutation AuthLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AuthLockoutLoginDocument,
    "\n  mutation AuthLockoutUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        bruteForceProtectionEnabled\n        maxFailedLoginAttempts\n        lockoutMinutes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AuthLockoutUpdateSecurityDocument,
    "\n  mutation AuthBypassLockout($input: BypassLoginLockoutInput!) {\n    bypassLoginLockout(input: $input) {\n      account {\n        id\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AuthBypassLockoutDocument,
    "\n  mutation AuthPasswordLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        mustChangePassword\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthPasswordLoginDocument,
    "\n  mutation AuthChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AuthChangeMyPasswordDocument,
    "\n  query AuthPasswordMe {\n    me {\n      id\n      forcePasswordChange\n    }\n    myPermissions\n  }\n": types.AuthPasswordMeDocument,
    "\n  query AuthPasswordSessions {\n    mySessions {\n      totalCount\n    }\n  }\n": types.AuthPasswordSessionsDocument,
    "\n  query AuthPasswordTokens {\n    apiTokens {\n      totalCount\n    }\n  }\n": types.AuthPasswordTokensDocument,
    "\n  mutation AuthPasswordCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n": types.AuthPasswordCreateTokenDocument,
    "\n  query AuthPasswordSecurity {\n    securitySettings {\n      minimumPasswordLength\n    }\n  }\n": types.AuthPasswordSecurityDocument,
    "\n  query AuthPasswordNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.AuthPasswordNodeDocument,
    "\n  mutation AuthPasswordUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthPasswordUpdateSecurityDocument,
    "\n  query AuthMySessions {\n    mySessions {\n      totalCount\n      nodes {\n        id\n        createdAt\n        lastActiveAt\n        lastIp\n        userAgent\n        expiresAt\n        current\n      }\n    }\n  }\n": types.AuthMySessionsDocument,
    "\n  mutation AuthRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.AuthRevokeSessionDocument,
    "\n  mutation AuthRevokeAllSessionsOf($input: RevokeAllSessionsOfInput!) {\n    revokeAllSessionsOf(input: $input) {\n      account {\n        id\n      }\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthRevokeAllSessionsOfDocument,
    "\n  mutation AuthRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthRefreshDocument,
    "\n  mutation AuthLogout {\n    logout {\n      success\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthLogoutDocument,
    "\n  query AuthSessionsMe {\n    me {\n      id\n    }\n  }\n": types.AuthSessionsMeDocument,
    "\n  query AuthSessionNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Session {\n        current\n      }\n    }\n  }\n": types.AuthSessionNodeDocument,
    "\n  query AuthWsMe {\n    me {\n      id\n      username\n    }\n    myPermissions\n  }\n": types.AuthWsMeDocument,
    "\n  subscription AuthWsAccountChanged {\n    myAccountChanged {\n      reason\n      sessionId\n      permissions\n      account {\n        id\n        username\n      }\n    }\n  }\n": types.AuthWsAccountChangedDocument,
    "\n  mutation AuthWsLogout {\n    logout {\n      success\n    }\n  }\n": types.AuthWsLogoutDocument,
    "\n  mutation AuthWsCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n      }\n    }\n  }\n": types.AuthWsCreateTokenDocument,
    "\n  mutation AuthWsRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n    }\n  }\n": types.AuthWsRevokeTokenDocument,
    "\n  query AuthWsSessions {\n    mySessions {\n      nodes {\n        id\n        current\n      }\n    }\n  }\n": types.AuthWsSessionsDocument,
    "\n  mutation AuthWsRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthWsRevokeSessionDocument,
    "\n  mutation CannedRenderCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CannedRenderCreateDocument,
    "\n  mutation CannedRenderUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CannedRenderUpdateDocument,
    "\n  mutation CannedRenderDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CannedRenderDeleteDocument,
    "\n  query CannedRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n      unknownVariables\n      cannedReply {\n        id\n      }\n    }\n  }\n": types.CannedRenderDocument,
    "\n  query CannedRenderList {\n    cannedReplies(first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n": types.CannedRenderListDocument,
    "\n  query CannedRenderTicket($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        displayName\n        username\n      }\n    }\n  }\n": types.CannedRenderTicketDocument,
    "\n  mutation CannedCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        type\n        status\n        language\n        ownerId\n        folder {\n          id\n          name\n        }\n        department {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CannedCreateDocument,
    "\n  mutation CannedUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        status\n        folder {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CannedUpdateDocument,
    "\n  mutation CannedDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CannedDeleteDocument,
    "\n  query CannedList(\n    $search: String\n    $folderId: ID\n    $includeSubfolders: Boolean\n    $rootOnly: Boolean\n    $type: CannedReplyType\n    $usableFor: CannedReplyChannel\n    $language: String\n    $scope: CannedReplyScope\n    $status: CannedReplyStatus\n    $departmentId: ID\n  ) {\n    cannedReplies(\n      search: $search\n      folderId: $folderId\n      includeSubfolders: $includeSubfolders\n      rootOnly: $rootOnly\n      type: $type\n      usableFor: $usableFor\n      language: $language\n      scope: $scope\n      status: $status\n      departmentId: $departmentId\n      first: 100\n    ) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.CannedListDocument,
    "\n  query CannedOne($id: ID!) {\n    cannedReply(id: $id) {\n      id\n      name\n    }\n  }\n": types.CannedOneDocument,
    "\n  query CannedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.CannedNodeDocument,
    "\n  mutation CannedCreateFolder($input: CreateCannedReplyFolderInput!) {\n    createCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CannedCreateFolderDocument,
    "\n  mutation CannedUpdateFolder($input: UpdateCannedReplyFolderInput!) {\n    updateCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CannedUpdateFolderDocument,
    "\n  mutation CannedDeleteFolder($input: DeleteCannedReplyFolderInput!) {\n    deleteCannedReplyFolder(input: $input) {\n      deletedFolderId\n      movedToRootCount\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CannedDeleteFolderDocument,
    "\n  query CannedFolders($parentId: ID) {\n    cannedReplyFolders(parentId: $parentId) {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n": types.CannedFoldersDocument,
    "\n  mutation ChatAssignStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        status\n        agentName\n        queuePosition\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatAssignStartDocument,
    "\n  mutation ChatAssignTake($input: TakeChatInput!) {\n    takeChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatAssignTakeDocument,
    "\n  mutation ChatAssignAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatAssignAvailabilityDocument,
    "\n  query ChatAssignList($view: LiveChatView!) {\n    liveChats(view: $view, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.ChatAssignListDocument,
    "\n  query ChatAssignGet($id: ID!) {\n    liveChat(id: $id) {\n      id\n    }\n  }\n": types.ChatAssignGetDocument,
    "\n  mutation ChatFaultStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFaultStartDocument,
    "\n  subscription ChatFaultEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n": types.ChatFaultEventsDocument,
    "\n  mutation ChatFaultSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFaultSendDocument,
    "\n  mutation ChatFaultSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        maxMessageLength\n        rateLimitMessages\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ChatFaultSettingsDocument,
    "\n  mutation ChatHandStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatHandStartDocument,
    "\n  query ChatHandGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n    }\n  }\n": types.ChatHandGetDocument,
    "\n  mutation ChatHandSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        handOffNoFollowUpSeconds\n        handOffAgentDisconnectedSeconds\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ChatHandSettingsDocument,
    "\n  mutation ChatHandSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatHandSendDocument,
    "\n  mutation ChatHandTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n    }\n  }\n": types.ChatHandTypingDocument,
    "\n  subscription ChatHandEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        systemEvent\n        body\n      }\n      chat {\n        agentName\n      }\n    }\n  }\n": types.ChatHandEventsDocument,
    "\n  mutation ChatInstStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatInstStartDocument,
    "\n  subscription ChatInstEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n": types.ChatInstEventsDocument,
    "\n  mutation ChatInstSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatInstSendDocument,
    "\n  subscription ChatInstPresence($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n": types.ChatInstPresenceDocument,
    "\n  mutation ChatLifeStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeStartDocument,
    "\n  query ChatLifeGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n      endReason\n      idleSince\n      deletedAt\n      ticket {\n        id\n      }\n    }\n  }\n": types.ChatLifeGetDocument,
    "\n  mutation ChatLifeSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeSettingsDocument,
    "\n  mutation ChatLifeEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeEndDocument,
    "\n  mutation ChatLifeAttach($input: AttachChatToTicketInput!) {\n    attachChatToTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeAttachDocument,
    "\n  mutation ChatLifeDetach($input: DetachChatFromTicketInput!) {\n    detachChatFromTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeDetachDocument,
    "\n  mutation ChatLifeDelete($input: LiveChatIdsInput!) {\n    deleteLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeDeleteDocument,
    "\n  mutation ChatLifeRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeRestoreDocument,
    "\n  query ChatLifeSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      chatNumber\n    }\n  }\n": types.ChatLifeSearchDocument,
    "\n  mutation ChatLifeCreateReply($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ChatLifeCreateReplyDocument,
    "\n  mutation ChatLifeSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatLifeSendDocument,
    "\n  query ChatLifeRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n    }\n  }\n": types.ChatLifeRenderDocument,
    "\n  mutation ChatMsgStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgStartDocument,
    "\n  subscription ChatMsgEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        kind\n        body\n        authorName\n        systemEvent\n      }\n      typing {\n        side\n        typing\n        preview\n      }\n      read {\n        side\n        seq\n      }\n      chat {\n        status\n        agentName\n        surveyUrl\n      }\n    }\n  }\n": types.ChatMsgEventsDocument,
    "\n  mutation ChatMsgSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n        kind\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgSendDocument,
    "\n  mutation ChatMsgCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      message {\n        seq\n        kind\n        authorName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgCoachDocument,
    "\n  mutation ChatMsgTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgTypingDocument,
    "\n  mutation ChatMsgRead($input: MarkChatReadInput!) {\n    markChatRead(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgReadDocument,
    "\n  mutation ChatMsgJoin($input: JoinChatInput!) {\n    joinChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgJoinDocument,
    "\n  mutation ChatMsgTransfer($input: TransferChatInput!) {\n    transferChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgTransferDocument,
    "\n  mutation ChatMsgEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        surveyUrl\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgEndDocument,
    "\n  query ChatMsgTranscript($chatId: ID!, $token: String) {\n    liveChatTranscript(chatId: $chatId, visitorToken: $token)\n  }\n": types.ChatMsgTranscriptDocument,
    "\n  mutation ChatMsgDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMsgDeptSettingsDocument,
    "\n  mutation ChatProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ChatProvConfigureDocument,
    "\n  mutation ChatProvStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        agentName\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ChatProvStartDocument,
    "\n  mutation ChatKeepStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatKeepStartDocument,
    "\n  mutation ChatKeepEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatKeepEndDocument,
    "\n  query ChatKeepGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      deletedAt\n    }\n  }\n": types.ChatKeepGetDocument,
    "\n  mutation ChatKeepDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        autoDeleteAfterDays\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ChatKeepDeptSettingsDocument,
    "\n  mutation ChatKeepRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatKeepRestoreDocument,
    "\n  mutation ChatKeepPurge($input: PurgeDeletedLiveChatsInput!) {\n    purgeDeletedLiveChats(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatKeepPurgeDocument,
    "\n  mutation ChatFindStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ChatFindStartDocument,
    "\n  query ChatFindAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId) {\n      online\n      reason\n    }\n  }\n": types.ChatFindAvailabilityDocument,
    "\n  mutation ChatFindSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFindSettingsDocument,
    "\n  mutation ChatFindHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFindHoursDocument,
    "\n  mutation ChatFindCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFindCreateFieldDocument,
    "\n  mutation ChatFindCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFindCreateTemplateDocument,
    "\n  mutation ChatFindAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFindAddFieldDocument,
    "\n  mutation ChatFindSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatFindSetTemplatesDocument,
    "\n  query ChatFindGet($id: ID!) {\n    liveChat(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": types.ChatFindGetDocument,
    "\n  query ChatFindSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      customerName\n    }\n  }\n": types.ChatFindSearchDocument,
    "\n  mutation ChatStartStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n        agentName\n        queuePosition\n        waitingMessage\n        customerName\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ChatStartStartDocument,
    "\n  query ChatStartAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId, groupId: null) {\n      online\n      reason\n    }\n  }\n": types.ChatStartAvailabilityDocument,
    "\n  mutation ChatStartLeave($input: LeaveChatMessageInput!) {\n    leaveChatMessage(input: $input) {\n      ticketNumber\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatStartLeaveDocument,
    "\n  query ChatStartGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      id\n      status\n      agent {\n        id\n      }\n    }\n  }\n": types.ChatStartGetDocument,
    "\n  query ChatStartMessages($id: ID!, $token: String) {\n    chatMessages(chatId: $id, afterSeq: 0, first: 50, visitorToken: $token) {\n      seq\n      kind\n      body\n      authorName\n    }\n  }\n": types.ChatStartMessagesDocument,
    "\n  mutation ChatStartEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        endReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatStartEndDocument,
    "\n  mutation ChatStartHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ChatStartHolidayDocument,
    "\n  mutation ChatMailStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMailStartDocument,
    "\n  mutation ChatMailSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMailSendDocument,
    "\n  mutation ChatMailCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMailCoachDocument,
    "\n  mutation ChatMailEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMailEndDocument,
    "\n  mutation ChatMailTranscript($input: EmailChatTranscriptInput!) {\n    emailChatTranscript(input: $input) {\n      recipients\n      chat {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ChatMailTranscriptDocument,
    "\n  mutation ChatMailCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMailCreateSmtpDocument,
    "\n  mutation ChatMailDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        emailTranscriptOnEnd\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChatMailDeptSettingsDocument,
    "\n  mutation CfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n        name\n        appliesTo\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfCreateFieldDocument,
    "\n  mutation CfUpdateField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        id\n        name\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfUpdateFieldDocument,
    "\n  mutation CfDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfDeleteFieldDocument,
    "\n  query CfListFields($appliesTo: CustomFieldAppliesTo) {\n    customFields(first: 50, appliesTo: $appliesTo) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.CfListFieldsDocument,
    "\n  query CfGetField($id: ID!) {\n    customField(id: $id) {\n      id\n      name\n      dataType\n    }\n    node(id: $id) {\n      id\n      ... on CustomField {\n        name\n      }\n    }\n  }\n": types.CfGetFieldDocument,
    "\n  mutation CfPeopleCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.CfPeopleCreateFieldDocument,
    "\n  mutation CfSetUserCustomFields($input: SetUserCustomFieldsInput!) {\n    setUserCustomFields(input: $input) {\n      user {\n        id\n      }\n      customFields {\n        name\n        dataType\n        value\n        field {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfSetUserCustomFieldsDocument,
    "\n  mutation CfSetEmployeeCustomFields($input: SetEmployeeCustomFieldsInput!) {\n    setEmployeeCustomFields(input: $input) {\n      customFields {\n        name\n        value\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfSetEmployeeCustomFieldsDocument,
    "\n  query CfEmployeeValues($id: ID!) {\n    employee(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": types.CfEmployeeValuesDocument,
    "\n  query CfUserListValues($first: Int!) {\n    users(first: $first) {\n      nodes {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.CfUserListValuesDocument,
    "\n  mutation CfSubCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.CfSubCreateFieldDocument,
    "\n  mutation CfSubCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": types.CfSubCreateTemplateDocument,
    "\n  mutation CfSubAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CfSubAddFieldDocument,
    "\n  mutation CfSubCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": types.CfSubCreateDepartmentDocument,
    "\n  mutation CfSubUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CfSubUpdateDepartmentDocument,
    "\n  mutation CfSubSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CfSubSetTemplatesDocument,
    "\n  query CfTicketSubmissionForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      departmentName\n      step\n      fields {\n        name\n        displayName\n        dataType\n        required\n        listOptions\n        defaultValue\n        order\n      }\n    }\n  }\n": types.CfTicketSubmissionFormDocument,
    "\n  mutation CfTplCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.CfTplCreateFieldDocument,
    "\n  mutation CfTplDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfTplDeleteFieldDocument,
    "\n  mutation CfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfCreateTemplateDocument,
    "\n  mutation CfUpdateTemplate($input: UpdateCustomFieldTemplateInput!) {\n    updateCustomFieldTemplate(input: $input) {\n      template {\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfUpdateTemplateDocument,
    "\n  mutation CfDeleteTemplate($input: DeleteCustomFieldTemplateInput!) {\n    deleteCustomFieldTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfDeleteTemplateDocument,
    "\n  mutation CfAddTemplateField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      templateField {\n        id\n        displayName\n        visibility\n        requiredByUsers\n        requiredForAgentsToSaveOrSend\n        requiredForAgentsToClose\n        showInCommunicationView\n        order\n        customField {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfAddTemplateFieldDocument,
    "\n  mutation CfUpdateTemplateField($input: UpdateTemplateFieldInput!) {\n    updateTemplateField(input: $input) {\n      templateField {\n        displayName\n        visibility\n        requiredByUsers\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfUpdateTemplateFieldDocument,
    "\n  mutation CfRemoveTemplateField($input: RemoveTemplateFieldInput!) {\n    removeTemplateField(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CfRemoveTemplateFieldDocument,
    "\n  mutation CfReorderTemplateFields($input: ReorderTemplateFieldsInput!) {\n    reorderTemplateFields(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfReorderTemplateFieldsDocument,
    "\n  query CfGetTemplate($id: ID!) {\n    customFieldTemplate(id: $id) {\n      displayName\n      fields {\n        displayName\n        order\n        template {\n          displayName\n        }\n      }\n    }\n    customFieldTemplates(first: 10) {\n      totalCount\n    }\n    node(id: $id) {\n      ... on CustomFieldTemplate {\n        displayName\n      }\n    }\n  }\n": types.CfGetTemplateDocument,
    "\n  mutation CfCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": types.CfCreateDepartmentDocument,
    "\n  mutation CfSetDepartmentTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      templates {\n        ticketTemplate {\n          displayName\n        }\n        liveChatTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CfSetDepartmentTemplatesDocument,
    "\n  query CfDepartmentTemplates($id: ID!) {\n    department(id: $id) {\n      customFieldTemplates {\n        ticketTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n    }\n  }\n": types.CfDepartmentTemplatesDocument,
    "\n  query DistPreview($groupId: ID!) {\n    distributionPreview(groupId: $groupId) {\n      explanation\n      nextAgent {\n        displayName\n      }\n      members {\n        employee {\n          displayName\n        }\n        skipReason\n        groupLoad\n        overallLoad\n        rotationPosition\n      }\n    }\n  }\n": types.DistPreviewDocument,
    "\n  mutation DistSetFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DistSetFollowUpDocument,
    "\n  query DistTicketState($id: ID) {\n    ticket(id: $id) {\n      countsTowardLimit\n      assignedAgent {\n        displayName\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n": types.DistTicketStateDocument,
    "\n  mutation DistTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      ticket {\n        id\n        countsTowardLimit\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DistTakeDocument,
    "\n  mutation DistRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      explanation\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DistReleaseDocument,
    "\n  mutation DistRebalance($input: RebalanceTicketsInput!) {\n    rebalanceTickets(input: $input) {\n      moves {\n        fromAgent {\n          displayName\n        }\n        toAgent {\n          displayName\n        }\n        explanation\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DistRebalanceDocument,
    "\n  mutation DistPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DistPinDocument,
    "\n  query DistOpen($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n": types.DistOpenDocument,
    "\n  mutation DistComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DistComposingDocument,
    "\n  query DistHistory($id: ID) {\n    ticket(id: $id) {\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n": types.DistHistoryDocument,
    "\n  mutation EmailAdmCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.EmailAdmCreateSmtpDocument,
    "\n  mutation EmailAdmUpdateSmtp($input: UpdateSmtpAccountInput!) {\n    updateSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        hasPassword\n        isDefault\n        port\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EmailAdmUpdateSmtpDocument,
    "\n  query EmailAdmListSmtp($brandId: ID) {\n    smtpAccounts(brandId: $brandId) {\n      id\n      isDefault\n      hasPassword\n    }\n  }\n": types.EmailAdmListSmtpDocument,
    "\n  query EmailAdmSmtpFields {\n    __type(name: \"SmtpAccount\") {\n      fields {\n        name\n      }\n    }\n  }\n": types.EmailAdmSmtpFieldsDocument,
    "\n  mutation EmailAdmSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n        blacklist\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EmailAdmSettingsDocument,
    "\n  mutation EmailAdmReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailAdmReplyDocument,
    "\n  query EmailAdmSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n": types.EmailAdmSpoolDocument,
    "\n  mutation EmailAdmRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailAdmRetryDocument,
    "\n  query EmailAdmTemplates($brandId: ID!) {\n    emailTemplates(brandId: $brandId) {\n      kind\n      subject\n      html\n      isDefault\n      variables\n      requiredVariables\n    }\n  }\n": types.EmailAdmTemplatesDocument,
    "\n  mutation EmailAdmUpdateTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      emailTemplate {\n        kind\n        html\n        isDefault\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailAdmUpdateTemplateDocument,
    "\n  mutation EmailAdmResetTemplate($input: ResetEmailTemplateInput!) {\n    resetEmailTemplate(input: $input) {\n      emailTemplate {\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailAdmResetTemplateDocument,
    "\n  query EmailAdmPreview($brandId: ID!, $kind: EmailTemplateKind!) {\n    previewEmailTemplate(brandId: $brandId, kind: $kind) {\n      subject\n      html\n      text\n    }\n  }\n": types.EmailAdmPreviewDocument,
    "\n  query EmailAdmSettingsQuery {\n    emailSettings {\n      deliveryDelaySeconds\n    }\n  }\n": types.EmailAdmSettingsQueryDocument,
    "\n  query EmailAdmMailAccounts {\n    mailAccounts {\n      id\n    }\n  }\n": types.EmailAdmMailAccountsDocument,
    "\n  query EmailAdmIncoming {\n    incomingMails {\n      totalCount\n    }\n  }\n": types.EmailAdmIncomingDocument,
    "\n  mutation EmailCopyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailCopyCreateSmtpDocument,
    "\n  mutation EmailCopyCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailCopyCreateAccountDocument,
    "\n  mutation EmailCopySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailCopySettingsDocument,
    "\n  mutation EmailActCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailActCreateSmtpDocument,
    "\n  mutation EmailActSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailActSettingsDocument,
    "\n  mutation EmailActCreateCanned($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailActCreateCannedDocument,
    "\n  mutation EmailInCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailInCreateSmtpDocument,
    "\n  mutation EmailInCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n        protocol\n        port\n        hasPassword\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.EmailInCreateAccountDocument,
    "\n  mutation EmailInSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailInSettingsDocument,
    "\n  query EmailInSpool($status: IncomingMailStatus, $mailAccountId: ID) {\n    incomingMails(status: $status, mailAccountId: $mailAccountId, first: 100) {\n      totalCount\n      nodes {\n        id\n        uid\n        status\n        note\n        subject\n        fromAddress\n        messageId\n        ticketId\n        size\n        raw\n      }\n    }\n  }\n": types.EmailInSpoolDocument,
    "\n  query EmailInSpoolSorted($sort: MailSpoolSort, $direction: SortDirection) {\n    incomingMails(sort: $sort, direction: $direction, first: 100) {\n      totalCount\n      nodes {\n        id\n        subject\n        size\n        createdAt\n        ticketId\n        raw\n        messageId\n      }\n    }\n  }\n": types.EmailInSpoolSortedDocument,
    "\n  mutation EmailInDelete($input: SpoolMessagesInput!) {\n    deleteIncomingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailInDeleteDocument,
    "\n  query EmailInTicket($id: ID!) {\n    node(id: $id) {\n      ... on Ticket {\n        ticketNumber\n        subject\n        source\n        status\n        requesterEmail\n        department {\n          id\n        }\n        messages {\n          direction\n          fromAddress\n          textBody\n          cc\n        }\n        attachments {\n          fileName\n          size\n          contentType\n        }\n        comments {\n          text\n        }\n      }\n    }\n  }\n": types.EmailInTicketDocument,
    "\n  mutation EmailInRetry($input: SpoolMessagesInput!) {\n    retryIncomingMails(input: $input) {\n      incomingMails {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailInRetryDocument,
    "\n  query EmailNpProfiles($system: Boolean) {\n    notificationProfiles(system: $system) {\n      id\n      name\n      isDefault\n      emailAddresses\n      emailEnabled\n      smsAddresses\n      smsEnabled\n      showReminder\n    }\n  }\n": types.EmailNpProfilesDocument,
    "\n  mutation EmailNpCreate($input: CreateNotificationProfileInput!) {\n    createNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        name\n        isDefault\n        emailAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EmailNpCreateDocument,
    "\n  mutation EmailNpUpdate($input: UpdateNotificationProfileInput!) {\n    updateNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        isDefault\n        emailAddresses\n        smsAddresses\n        smsEnabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailNpUpdateDocument,
    "\n  mutation EmailNpDelete($input: DeleteNotificationProfileInput!) {\n    deleteNotificationProfile(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailNpDeleteDocument,
    "\n  mutation EmailNpCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailNpCreateSmtpDocument,
    "\n  mutation EmailNpSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailNpSettingsDocument,
    "\n  subscription EmailNpReminders {\n    eventReminders {\n      ruleName\n      scope\n      text\n    }\n  }\n": types.EmailNpRemindersDocument,
    "\n  mutation EmailNotifyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailNotifyCreateSmtpDocument,
    "\n  mutation EmailNotifySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailNotifySettingsDocument,
    "\n  mutation EmailNotifyStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailNotifyStatusDocument,
    "\n  mutation EmailOutCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.EmailOutCreateSmtpDocument,
    "\n  mutation EmailOutReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailOutReplyDocument,
    "\n  query EmailOutSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n": types.EmailOutSpoolDocument,
    "\n  mutation EmailOutRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailOutRetryDocument,
    "\n  mutation EmailOutDelete($input: SpoolMessagesInput!) {\n    deleteOutgoingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailOutDeleteDocument,
    "\n  mutation EmailProvCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailProvCreateAccountDocument,
    "\n  mutation EmailProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailProvConfigureDocument,
    "\n  mutation EmailProvSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailProvSettingsDocument,
    "\n  query EmailProvDeliveries {\n    providerDeliveries(kind: TICKETS, first: 10) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n": types.EmailProvDeliveriesDocument,
    "\n  query EmailProvIncoming {\n    incomingMails(first: 50) {\n      nodes {\n        subject\n        status\n        note\n      }\n    }\n  }\n": types.EmailProvIncomingDocument,
    "\n  mutation EmailRulesCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailRulesCreateSmtpDocument,
    "\n  mutation EmailRulesCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailRulesCreateAccountDocument,
    "\n  mutation EmailRulesUpdateAccount($input: UpdateMailAccountInput!) {\n    updateMailAccount(input: $input) {\n      mailAccount {\n        acceptNewTickets\n        startTicketsRoleId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailRulesUpdateAccountDocument,
    "\n  mutation EmailRulesSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EmailRulesSettingsDocument,
    "\n  mutation EmailRulesResponder($input: CreateAutoresponderInput!) {\n    createAutoresponder(input: $input) {\n      autoresponder {\n        id\n        departmentIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EmailRulesResponderDocument,
    "\n  query EmailRulesIncoming($status: IncomingMailStatus) {\n    incomingMails(status: $status, first: 100) {\n      nodes {\n        subject\n        status\n        note\n        fromAddress\n      }\n    }\n  }\n": types.EmailRulesIncomingDocument,
    "\n  mutation EvChatActStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EvChatActStartDocument,
    "\n  mutation EvChatActSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvChatActSendDocument,
    "\n  query EvCondEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n": types.EvCondEvaluationsDocument,
    "\n  query EvCondTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n": types.EvCondTicketDocument,
    "\n  mutation EvCondProvider($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EvCondProviderDocument,
    "\n      mutation EvEngineHours($input: SetDepartmentBusinessHoursInput!) {\n        setDepartmentBusinessHours(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.EvEngineHoursDocument,
    "\n      mutation EvEngineHoliday($input: AddDepartmentHolidayInput!) {\n        addDepartmentHoliday(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.EvEngineHolidayDocument,
    "\n      mutation EvEngineField($input: CreateCustomFieldInput!) {\n        createCustomField(input: $input) {\n          customField {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    ": types.EvEngineFieldDocument,
    "\n      mutation EvEngineStatus($input: ChangeTicketStatusInput!) {\n        changeTicketStatus(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.EvEngineStatusDocument,
    "\n  query EvEngineEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n": types.EvEngineEvaluationsDocument,
    "\n  query EvEngineTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n": types.EvEngineTicketDocument,
    "\n  subscription EvEngineReminders {\n    eventReminders {\n      ruleName\n      eventType\n      subjectId\n      text\n    }\n  }\n": types.EvEngineRemindersDocument,
    "\n      mutation EvEngineChangePriority($input: ChangeTicketPriorityInput!) {\n        changeTicketPriority(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.EvEngineChangePriorityDocument,
    "\n  mutation EvManualTrigger($input: TriggerManualEventInput!) {\n    triggerManualEvent(input: $input) {\n      matched\n      evaluation {\n        eventType\n        outcome\n        actions {\n          action\n          outcome\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvManualTriggerDocument,
    "\n  query EvManualTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      comments {\n        text\n      }\n    }\n  }\n": types.EvManualTicketDocument,
    "\n  mutation EvAccessCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EvAccessCreateRuleDocument,
    "\n  mutation EvAccessUpdateRule($input: UpdateEventRuleInput!) {\n    updateEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        actions {\n          id\n          action\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EvAccessUpdateRuleDocument,
    "\n  mutation EvAccessDeleteRule($input: DeleteEventRuleInput!) {\n    deleteEventRule(input: $input) {\n      deletedEventRuleId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvAccessDeleteRuleDocument,
    "\n  mutation EvAccessEnableRules($input: SetEventRulesEnabledInput!) {\n    setEventRulesEnabled(input: $input) {\n      eventRules {\n        id\n        enabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvAccessEnableRulesDocument,
    "\n  query EvAccessRules($scope: EventRuleScope, $category: EventCategory) {\n    eventRules(scope: $scope, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scope\n        owner {\n          id\n        }\n      }\n    }\n  }\n": types.EvAccessRulesDocument,
    "\n  query EvAccessRule($id: ID!) {\n    eventRule(id: $id) {\n      id\n      name\n    }\n  }\n": types.EvAccessRuleDocument,
    "\n  mutation EvAccessSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      settings {\n        stopIdleEventsAfterDays\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvAccessSettingsDocument,
    "\n  query EvCatalog {\n    eventCatalog {\n      categories {\n        key\n        systemOnly\n        eventTypes {\n          key\n          name\n          numericId\n          documentedId\n          available\n          systemOnly\n          sources {\n            domainEventType\n            whereField\n            whereValue\n            emitted\n          }\n        }\n        conditions {\n          key\n          valueType\n          operators\n          referenceType\n          enumValues\n        }\n        actions {\n          key\n          oncePerItem\n          systemOnly\n          implemented\n          parameters {\n            key\n            required\n          }\n        }\n      }\n      operators {\n        operator\n        minValues\n        maxValues\n      }\n      uncategorizedEventTypes {\n        numericId\n      }\n    }\n  }\n": types.EvCatalogDocument,
    "\n  mutation EvCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EvCreateRuleDocument,
    "\n  query EvSlaEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 100) {\n      nodes {\n        ruleName\n        outcome\n        reason\n        eventType\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n        }\n      }\n    }\n  }\n": types.EvSlaEvaluationsDocument,
    "\n  query EvSlaTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      group {\n        id\n      }\n      comments {\n        text\n      }\n    }\n  }\n": types.EvSlaTicketDocument,
    "\n  mutation EvSlaHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvSlaHoursDocument,
    "\n  mutation EvSlaReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvSlaReplyDocument,
    "\n  mutation EvSlaDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvSlaDeleteDocument,
    "\n  mutation EvSlaSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvSlaSettingsDocument,
    "\n      mutation EvSlaStartChat($input: StartChatInput!) {\n        startChat(input: $input) {\n          chat {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    ": types.EvSlaStartChatDocument,
    "\n  mutation EvTicketActStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTicketActStatusDocument,
    "\n  mutation EvTicketActPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTicketActPriorityDocument,
    "\n  mutation EvTicketActBrandHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTicketActBrandHoursDocument,
    "\n  mutation EvTicketActBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTicketActBrandHolidayDocument,
    "\n  mutation EvTicketActCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      warnings {\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTicketActCreateRuleDocument,
    "\n  query EvTypesEvaluations($ruleId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, first: 100) {\n      totalCount\n      nodes {\n        eventType\n        eventTypeId\n        domainEventType\n        subjectId\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          message\n        }\n      }\n    }\n  }\n": types.EvTypesEvaluationsDocument,
    "\n  mutation EvTypesAddTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTypesAddTimeLogDocument,
    "\n  mutation EvTypesEditTimeLog($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTypesEditTimeLogDocument,
    "\n  mutation EvTypesReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.EvTypesReplyDocument,
    "\n  mutation EvTypesSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTypesSubmitDocument,
    "\n  mutation EvTypesRequestClose($input: RequestTicketCloseInput!) {\n    requestTicketClose(input: $input) {\n      ticket {\n        status\n        comments {\n          text\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EvTypesRequestCloseDocument,
    "\n  mutation EvTypesStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.EvTypesStatusDocument,
    "\n  query JobList($status: JobStatus, $kind: String, $first: Int) {\n    jobs(status: $status, kind: $kind, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        key\n        status\n        attempts\n        maxAttempts\n        lastError\n        payload\n        runAt\n        finishedAt\n      }\n    }\n  }\n": types.JobListDocument,
    "\n  mutation JobRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      job {\n        id\n        status\n        attempts\n        finishedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.JobRetryDocument,
    "\n  mutation JobCancel($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        status\n        finishedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.JobCancelDocument,
    "\n  query JobNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Job {\n        kind\n        status\n      }\n    }\n  }\n": types.JobNodeDocument,
    "\n  query OrgBrandLifeRead($id: ID!) {\n    brand(id: $id) {\n      id\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n": types.OrgBrandLifeReadDocument,
    "\n  query OrgBrandLifeList {\n    brands(first: 10) {\n      nodes {\n        id\n        isDefault\n      }\n    }\n  }\n": types.OrgBrandLifeListDocument,
    "\n  mutation OrgBrandLifeCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgBrandLifeCreateDocument,
    "\n  mutation OrgBrandLifeSetDefault($input: BrandIdInput!) {\n    setDefaultBrand(input: $input) {\n      brand {\n        id\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgBrandLifeSetDefaultDocument,
    "\n  mutation OrgBrandLifeHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      brand {\n        businessHours {\n          dayOfWeek\n          start\n          end\n          closed\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgBrandLifeHoursDocument,
    "\n  mutation OrgBrandLifeAddHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n        name\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgBrandLifeAddHolidayDocument,
    "\n  mutation OrgBrandLifeRemoveHoliday($input: RemoveHolidayInput!) {\n    removeBrandHoliday(input: $input) {\n      removedHolidayId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgBrandLifeRemoveHolidayDocument,
    "\n  mutation OrgBrandLifeDelete($input: BrandIdInput!) {\n    deleteBrand(input: $input) {\n      deletedBrandId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgBrandLifeDeleteDocument,
    "\n  mutation OrgBrandLifeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgBrandLifeCreateDepartmentDocument,
    "\n  query OrgBrandRead($id: ID!) {\n    brand(id: $id) {\n      id\n      name\n      hostHeaders\n      isDefault\n      companyWebsite\n      enableCookieDisclaimer\n      defaultFont\n      googleAnalyticsSiteId\n      displayLogoOnPortal\n      permissions {\n        minimumPostsToPostLinks\n        usersCanChangePassword\n        newFeedbackStartsModerated\n        viewCommunityRole {\n          predefined\n        }\n        postLinksInPortalRole {\n          predefined\n        }\n        viewTicketsRole {\n          id\n          predefined\n        }\n      }\n      portal {\n        primaryColor\n        secondaryColor\n        primaryButtonColor\n        secondaryButtonColor\n        buttonTextColor\n        contentBackgroundColor\n        navigationBarColor\n        textColor\n        linkColor\n        customCss\n        privacyPolicyUrl\n        privacyPolicyEnabled\n        displayLiveChatInPortal\n      }\n      cookieDisclaimer {\n        enabled\n        text\n        primaryColor\n        secondaryColor\n        version\n      }\n      customMessages {\n        mainPortalAnnouncement\n        additionalPortalFooter\n      }\n      businessHours {\n        dayOfWeek\n        start\n        end\n        closed\n      }\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n": types.OrgBrandReadDocument,
    "\n  query OrgBrandList {\n    brands(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        isDefault\n      }\n    }\n  }\n": types.OrgBrandListDocument,
    "\n  mutation OrgBrandCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n        name\n        hostHeaders\n        isDefault\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgBrandCreateDocument,
    "\n  mutation OrgBrandUpdate($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      brand {\n        id\n        name\n        companyWebsite\n        permissions {\n          minimumPostsToPostLinks\n          viewTicketsRole {\n            predefined\n          }\n          viewNewsRole {\n            predefined\n          }\n        }\n        portal {\n          primaryColor\n          privacyPolicyEnabled\n        }\n        cookieDisclaimer {\n          text\n          version\n        }\n        customMessages {\n          mainPortalAnnouncement\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgBrandUpdateDocument,
    "\n  mutation OrgDelCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgDelCreateDepartmentDocument,
    "\n  query OrgDelReadDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n": types.OrgDelReadDepartmentDocument,
    "\n  mutation OrgDelDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n      itemsMovedTo {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.OrgDelDeleteDepartmentDocument,
    "\n  mutation OrgDelCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgDelCreateGroupDocument,
    "\n  mutation OrgDelAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgDelAddAgentDocument,
    "\n  mutation OrgDelDeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgDelDeleteGroupDocument,
    "\n  fragment OrgDeptFields on Department {\n    id\n    name\n    preferredLanguage\n    allowAllAgentsToFindItemsInAdvancedSearch\n    allowManagersOutsideToView\n    markTimeLogsBillableByDefault\n    inheritBusinessHoursFromBrand\n    inheritHolidaysFromBrand\n    brand {\n      id\n    }\n    frontLineGroup {\n      id\n      name\n      isFrontLine\n    }\n    groups {\n      id\n      name\n      isFrontLine\n    }\n    tickets {\n      autoCloseAfterHours\n      autoLockAfterHours\n      autoDeleteAfterDays\n      requireResolutionToClose\n      requireAllTasksCompletedToClose\n      notifyCustomerOnAutoClose\n      newTicketsInPortalRole {\n        predefined\n      }\n    }\n    callLogs {\n      callLogAutoDeleteAfterDays\n    }\n    customMessages {\n      beforeTicketSubmissionMessage\n      afterTicketSubmissionMessage\n    }\n    businessHours {\n      dayOfWeek\n      start\n      end\n    }\n    effectiveBusinessHours {\n      dayOfWeek\n      start\n      end\n    }\n    holidays {\n      id\n      date\n    }\n    effectiveHolidays {\n      date\n    }\n  }\n": types.OrgDeptFieldsFragmentDoc,
    "\n  query OrgDeptRead($id: ID!) {\n    department(id: $id) {\n      ...OrgDeptFields\n    }\n  }\n": types.OrgDeptReadDocument,
    "\n  query OrgDeptList($brandId: ID) {\n    departments(brandId: $brandId, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.OrgDeptListDocument,
    "\n  mutation OrgDeptCreate($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgDeptCreateDocument,
    "\n  mutation OrgDeptUpdate($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgDeptUpdateDocument,
    "\n  mutation OrgDeptClone($input: CloneDepartmentInput!) {\n    cloneDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgDeptCloneDocument,
    "\n  mutation OrgDeptHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgDeptHoursDocument,
    "\n  mutation OrgDeptAddHoliday($input: AddDepartmentHolidayInput!) {\n    addDepartmentHoliday(input: $input) {\n      holiday {\n        id\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgDeptAddHolidayDocument,
    "\n  mutation OrgDeptAddBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgDeptAddBrandHolidayDocument,
    "\n  mutation OrgDeptCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgDeptCreateGroupDocument,
    "\n  mutation OrgGroupCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgGroupCreateDepartmentDocument,
    "\n  fragment OrgGroupFields on Group {\n    id\n    name\n    isFrontLine\n    roundRobin\n    agentCount\n    department {\n      id\n    }\n    timeEstimates {\n      ticketCreatedMinutes\n      ticketTransferredMinutes\n      ticketMessageInMinutes\n      ticketMessageOutMinutes\n      liveChatStartedMinutes\n      liveChatTransferredMinutes\n    }\n  }\n": types.OrgGroupFieldsFragmentDoc,
    "\n  mutation OrgGroupCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgGroupCreateDocument,
    "\n  mutation OrgGroupUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgGroupUpdateDocument,
    "\n  mutation OrgGroupDelete($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgGroupDeleteDocument,
    "\n  query OrgGroupRead($id: ID!) {\n    group(id: $id) {\n      ...OrgGroupFields\n      memberships {\n        id\n        ticketHandling\n        chatHandling\n        employee {\n          id\n        }\n      }\n    }\n  }\n": types.OrgGroupReadDocument,
    "\n  fragment OrgMembershipFields on AgentGroupMembership {\n    id\n    ticketHandling\n    maxTickets\n    chatHandling\n    autoInactiveEnabled\n    autoInactiveMinutes\n    handOffOnAutoInactive\n    goActiveOnLogin\n    ticketsActive\n    chatsActive\n    employee {\n      id\n      username\n    }\n    group {\n      id\n      agentCount\n    }\n  }\n": types.OrgMembershipFieldsFragmentDoc,
    "\n  mutation OrgGroupAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgGroupAddAgentDocument,
    "\n  mutation OrgGroupUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n    updateAgentGroupMembership(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.OrgGroupUpdateMembershipDocument,
    "\n  mutation OrgGroupRemoveAgent($input: RemoveAgentFromGroupInput!) {\n    removeAgentFromGroup(input: $input) {\n      removedMembershipId\n      group {\n        agentCount\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgGroupRemoveAgentDocument,
    "\n  query OrgGroupMine {\n    me {\n      ... on Employee {\n        groupMemberships {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrgGroupMineDocument,
    "\n  mutation OrgTreeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgTreeCreateDepartmentDocument,
    "\n  mutation OrgTreeCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgTreeCreateGroupDocument,
    "\n  mutation OrgTreeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgTreeAddAgentDocument,
    "\n  query OrgTreeRead {\n    departments(first: 50) {\n      nodes {\n        name\n        agentCount\n        brand {\n          name\n        }\n        frontLineGroup {\n          name\n        }\n        groups {\n          name\n          roundRobin\n          memberships {\n            ticketHandling\n            employee {\n              username\n            }\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrgTreeReadDocument,
    "\n  mutation OrgPermArrange($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgPermArrangeDocument,
    "\n  mutation OrgPermArrangeMember($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgPermArrangeMemberDocument,
    "\n  mutation OrgPermArrangeHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgPermArrangeHolidayDocument,
    "\n    mutation OrgPermCreateBrand($input: CreateBrandInput!) {\n      createBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermCreateBrandDocument,
    "\n    mutation OrgPermUpdateBrand($input: UpdateBrandInput!) {\n      updateBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermUpdateBrandDocument,
    "\n    mutation OrgPermSetDefaultBrand($input: BrandIdInput!) {\n      setDefaultBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermSetDefaultBrandDocument,
    "\n    mutation OrgPermBrandHours($input: SetBrandBusinessHoursInput!) {\n      setBrandBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermBrandHoursDocument,
    "\n    mutation OrgPermAddBrandHoliday($input: AddBrandHolidayInput!) {\n      addBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermAddBrandHolidayDocument,
    "\n    mutation OrgPermRemoveBrandHoliday($input: RemoveHolidayInput!) {\n      removeBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermRemoveBrandHolidayDocument,
    "\n    mutation OrgPermDeleteBrand($input: BrandIdInput!) {\n      deleteBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermDeleteBrandDocument,
    "\n    mutation OrgPermCreateDepartment($input: CreateDepartmentInput!) {\n      createDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermCreateDepartmentDocument,
    "\n    mutation OrgPermUpdateDepartment($input: UpdateDepartmentInput!) {\n      updateDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermUpdateDepartmentDocument,
    "\n    mutation OrgPermCloneDepartment($input: CloneDepartmentInput!) {\n      cloneDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermCloneDepartmentDocument,
    "\n    mutation OrgPermDeleteDepartment($input: DeleteDepartmentInput!) {\n      deleteDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermDeleteDepartmentDocument,
    "\n    mutation OrgPermDepartmentHours($input: SetDepartmentBusinessHoursInput!) {\n      setDepartmentBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermDepartmentHoursDocument,
    "\n    mutation OrgPermAddDepartmentHoliday($input: AddDepartmentHolidayInput!) {\n      addDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermAddDepartmentHolidayDocument,
    "\n    mutation OrgPermRemoveDepartmentHoliday($input: RemoveHolidayInput!) {\n      removeDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermRemoveDepartmentHolidayDocument,
    "\n    mutation OrgPermCreateGroup($input: CreateGroupInput!) {\n      createGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermCreateGroupDocument,
    "\n    mutation OrgPermUpdateGroup($input: UpdateGroupInput!) {\n      updateGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermUpdateGroupDocument,
    "\n    mutation OrgPermDeleteGroup($input: DeleteGroupInput!) {\n      deleteGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermDeleteGroupDocument,
    "\n    mutation OrgPermAddAgent($input: AddAgentToGroupInput!) {\n      addAgentToGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermAddAgentDocument,
    "\n    mutation OrgPermUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n      updateAgentGroupMembership(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermUpdateMembershipDocument,
    "\n    mutation OrgPermRemoveAgent($input: RemoveAgentFromGroupInput!) {\n      removeAgentFromGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.OrgPermRemoveAgentDocument,
    "\n  mutation OrgScopeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgScopeCreateDepartmentDocument,
    "\n  mutation OrgScopeUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgScopeUpdateDepartmentDocument,
    "\n  mutation OrgScopeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OrgScopeAddAgentDocument,
    "\n  query OrgScopeLists($departmentId: ID) {\n    departments(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    groups(first: 50, departmentId: $departmentId) {\n      totalCount\n      nodes {\n        id\n        department {\n          id\n        }\n      }\n    }\n    brands(first: 10) {\n      nodes {\n        departments {\n          id\n        }\n      }\n    }\n  }\n": types.OrgScopeListsDocument,
    "\n  query OrgScopeDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n": types.OrgScopeDepartmentDocument,
    "\n  query OrgScopeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      memberships {\n        employee {\n          id\n          groupMemberships {\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OrgScopeGroupDocument,
    "\n  query OrgScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n": types.OrgScopeNodeDocument,
    "\n  query OrgScopeBrands {\n    brands {\n      totalCount\n    }\n  }\n": types.OrgScopeBrandsDocument,
    "\n  subscription PresAgentPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        employeeId\n        online\n        availability\n      }\n    }\n  }\n": types.PresAgentPresenceChangedDocument,
    "\n  subscription PresDashboardCounts {\n    dashboardCounts {\n      byAgent {\n        status {\n          displayName\n          online\n        }\n      }\n    }\n  }\n": types.PresDashboardCountsDocument,
    "\n  subscription PresActiveGroupsChanged {\n    activeGroupsChanged {\n      status {\n        employeeId\n      }\n      groups {\n        ticketsActive\n      }\n    }\n  }\n": types.PresActiveGroupsChangedDocument,
    "\n  mutation PresConnSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PresConnSetMyActiveGroupsDocument,
    "\n  subscription PresDurableChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n": types.PresDurableChangedDocument,
    "\n  query PresMyActiveGroups {\n    myActiveGroups {\n      status {\n        employeeId\n        availability\n        active\n      }\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n        callsActive\n      }\n    }\n  }\n": types.PresMyActiveGroupsDocument,
    "\n  query PresAgentActiveGroups($employeeId: ID!) {\n    agentActiveGroups(employeeId: $employeeId) {\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n      }\n    }\n  }\n": types.PresAgentActiveGroupsDocument,
    "\n  mutation PresSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n          chatsActive\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.PresSetMyActiveGroupsDocument,
    "\n  mutation PresSetAgentActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PresSetAgentActiveGroupsDocument,
    "\n  mutation PresSetMyAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      status {\n        availability\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PresSetMyAvailabilityDocument,
    "\n  query PresDashboard {\n    activeAgentsDashboard {\n      byAgent {\n        status {\n          displayName\n          active\n        }\n        ticketGroups {\n          active\n          total\n        }\n      }\n      byGroup {\n        name\n        ticketAgents {\n          active\n          total\n        }\n      }\n      byDepartment {\n        name\n      }\n    }\n  }\n": types.PresDashboardDocument,
    "\n  mutation ProvChatConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvChatConfigureDocument,
    "\n  mutation ProvChatCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": types.ProvChatCreateDepartmentDocument,
    "\n  mutation ProvChatCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.ProvChatCreateFieldDocument,
    "\n  query ProvChatDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        note\n        request\n      }\n    }\n  }\n": types.ProvChatDeliveriesDocument,
    "\n  mutation ProvInProcConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        moduleSpecifier\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ProvInProcConfigureDocument,
    "\n  mutation ProvInProcCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.ProvInProcCreateFieldDocument,
    "\n  mutation ProvInProcSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvInProcSubmitDocument,
    "\n  query ProvInProcTicket($id: ID!) {\n    ticket(id: $id) {\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n": types.ProvInProcTicketDocument,
    "\n  query ProvInProcDeliveries {\n    providerDeliveries(kind: TICKETS, first: 5) {\n      nodes {\n        method\n        outcome\n        target\n        error\n      }\n    }\n  }\n": types.ProvInProcDeliveriesDocument,
    "\n  mutation ProvLoginCfConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvLoginCfConfigureDocument,
    "\n  mutation ProvLoginCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.ProvLoginCfCreateFieldDocument,
    "\n  mutation ProvLoginCfLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvLoginCfLoginDocument,
    "\n  query ProvLoginCfValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": types.ProvLoginCfValuesDocument,
    "\n  mutation ProvLdapConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        ldap {\n          bindKind\n          baseDN\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ProvLdapConfigureDocument,
    "\n  mutation ProvLdapLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          username\n          email\n          emailVerified\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvLdapLoginDocument,
    "\n  query ProvLdapDeliveries {\n    providerDeliveries(kind: LOGIN, first: 3) {\n      nodes {\n        method\n        outcome\n        target\n        request\n      }\n    }\n  }\n": types.ProvLdapDeliveriesDocument,
    "\n  mutation ProvLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvLoginDocument,
    "\n  mutation ProvSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvSsoDocument,
    "\n  mutation ProvLoginConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ProvLoginConfigureDocument,
    "\n  query ProvDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 20) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n        response\n        status\n        error\n      }\n    }\n  }\n": types.ProvDeliveriesDocument,
    "\n  query ProvUserDetails($id: ID!) {\n    user(id: $id) {\n      externalDetailsHtml(ticketNumber: \"ABC-12345\")\n    }\n  }\n": types.ProvUserDetailsDocument,
    "\n  query ProvLoginOptions {\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n": types.ProvLoginOptionsDocument,
    "\n  mutation ProvLoginSettingsConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        id\n        kind\n        enabled\n        transport\n        webServiceUrl\n        hasPassword\n        hasSigningSecret\n        forgotPasswordUrl\n        customLoginUrl\n        markEmailVerified\n        enableSignInCookies\n        ldap {\n          url\n          bindKind\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvLoginSettingsConfigureDocument,
    "\n  mutation ProvLoginSettingsLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvLoginSettingsLoginDocument,
    "\n  mutation ProvLoginSettingsSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvLoginSettingsSsoDocument,
    "\n  query ProvLoginSettingsEverything($id: ID!) {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      moduleSpecifier\n      moduleExport\n      timeoutMs\n      failurePolicy\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      effectiveTimeoutMs\n      effectiveFailurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        startTls\n        bindKind\n        dnTemplate\n        defaultDomain\n        upnSuffix\n        baseDN\n        filter\n        emailAttribute\n        displayNameAttribute\n        serviceAccountDn\n        hasServiceAccountPassword\n      }\n    }\n    externalProvider(kind: LOGIN) {\n      webServiceUrl\n      hasPassword\n      ldap {\n        hasServiceAccountPassword\n      }\n    }\n    node(id: $id) {\n      ... on ExternalProvider {\n        kind\n        hasPassword\n        hasSigningSecret\n        ldap {\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n    }\n    providerDeliveries(kind: LOGIN, first: 50) {\n      nodes {\n        method\n        target\n        request\n        response\n        error\n        note\n      }\n    }\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n": types.ProvLoginSettingsEverythingDocument,
    "\n  query ProvLoginSettingsTypes {\n    __schema {\n      types {\n        name\n        fields {\n          name\n        }\n      }\n    }\n  }\n": types.ProvLoginSettingsTypesDocument,
    "\n  query ProvLoginSettingsReadOne {\n    externalProvider(kind: LOGIN) {\n      kind\n    }\n  }\n": types.ProvLoginSettingsReadOneDocument,
    "\n  query ProvLoginSettingsReadDeliveries {\n    providerDeliveries(first: 1) {\n      totalCount\n    }\n  }\n": types.ProvLoginSettingsReadDeliveriesDocument,
    "\n  query ProvLoginSettingsReadNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.ProvLoginSettingsReadNodeDocument,
    "\n  query ProvLoginSettingsReadNodeFlags($id: ID!) {\n    node(id: $id) {\n      ... on ExternalProvider {\n        hasPassword\n        hasSigningSecret\n      }\n    }\n  }\n": types.ProvLoginSettingsReadNodeFlagsDocument,
    "\n  mutation ProvLoginSettingsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvLoginSettingsTokenDocument,
    "\n  mutation ProvFaultConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvFaultConfigureDocument,
    "\n  mutation ProvFaultCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.ProvFaultCreateFieldDocument,
    "\n  mutation ProvFaultSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvFaultSubmitTicketDocument,
    "\n  query ProvFaultTicketView($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n": types.ProvFaultTicketViewDocument,
    "\n  mutation ProvFaultStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvFaultStartChatDocument,
    "\n  mutation ProvFaultLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          username\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvFaultLoginDocument,
    "\n  query ProvFaultDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 5) {\n      totalCount\n      nodes {\n        method\n        outcome\n        error\n        note\n        durationMs\n        status\n      }\n    }\n  }\n": types.ProvFaultDeliveriesDocument,
    "\n  query ProvProviders {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      effectiveFailurePolicy\n      effectiveTimeoutMs\n    }\n  }\n": types.ProvProvidersDocument,
    "\n  query ProvProvider($kind: ProviderKind!) {\n    externalProvider(kind: $kind) {\n      kind\n      enabled\n      webServiceUrl\n      hasPassword\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      failurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        hasServiceAccountPassword\n      }\n    }\n  }\n": types.ProvProviderDocument,
    "\n  mutation ProvUpdate($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n        hasSigningSecret\n        webServiceUrl\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ProvUpdateDocument,
    "\n  mutation ProvCallConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvCallConfigureDocument,
    "\n  mutation ProvCallCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.ProvCallCreateFieldDocument,
    "\n  mutation ProvCallCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": types.ProvCallCreateTemplateDocument,
    "\n  mutation ProvCallAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvCallAddFieldDocument,
    "\n  mutation ProvCallSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvCallSetTemplatesDocument,
    "\n  mutation ProvCallCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": types.ProvCallCreateDepartmentDocument,
    "\n  mutation ProvCallSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvCallSubmitTicketDocument,
    "\n  query ProvCallAgentView($id: ID!) {\n    ticket(id: $id) {\n      id\n      ticketNumber\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n": types.ProvCallAgentViewDocument,
    "\n  query ProvCallDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        error\n        note\n        request\n      }\n    }\n  }\n": types.ProvCallDeliveriesDocument,
    "\n  query ProvCallForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n": types.ProvCallFormDocument,
    "\n  mutation ProvCallAgentCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvCallAgentCreateDocument,
    "\n  query ProvCallTicketView($id: ID!) {\n    ticket(id: $id) {\n      requesterDetailsHtml\n    }\n  }\n": types.ProvCallTicketViewDocument,
    "\n  mutation ProvAllowConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvAllowConfigureDocument,
    "\n  mutation ProvAllowCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n": types.ProvAllowCreateDepartmentDocument,
    "\n  mutation ProvAllowSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvAllowSubmitTicketDocument,
    "\n  query ProvAllowDeliveries {\n    providerDeliveries(kind: CUSTOM_FIELDS, first: 1) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n": types.ProvAllowDeliveriesDocument,
    "\n  mutation ProvSyncUsers($input: SyncUsersInput!) {\n    syncUsers(input: $input) {\n      results {\n        outcome\n        email\n        user {\n          username\n          displayName\n          forcePasswordChange\n          disabled\n          externalId\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ProvSyncUsersDocument,
    "\n  mutation ProvSetUserProperties($input: SetUserPropertiesInput!) {\n    setUserProperties(input: $input) {\n      outcome\n      user {\n        id\n        username\n        email\n        displayName\n        forcePasswordChange\n        externalId\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ProvSetUserPropertiesDocument,
    "\n  mutation ProvSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ProvSyncTokenDocument,
    "\n  mutation RegRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n          username\n          email\n          displayName\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RegRegisterUserDocument,
    "\n  mutation RegLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RegLoginDocument,
    "\n  mutation RegConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RegConfigureDocument,
    "\n  mutation RegCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.RegCreateFieldDocument,
    "\n  query RegUserValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": types.RegUserValuesDocument,
    "\n  query RegDeliveries {\n    providerDeliveries(kind: REGISTRATION, first: 1) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n": types.RegDeliveriesDocument,
    "\n  mutation RolePermCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RolePermCreateDocument,
    "\n  mutation RolePermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RolePermSetRolesDocument,
    "\n  query RolePermMine {\n    myPermissions\n  }\n": types.RolePermMineDocument,
    "\n  query RolePermEffective($accountId: ID!) {\n    effectivePermissions(accountId: $accountId)\n  }\n": types.RolePermEffectiveDocument,
    "\n  query RolePermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Role {\n        name\n      }\n    }\n  }\n": types.RolePermNodeDocument,
    "\n  query RoleList($type: RoleType) {\n    roles(first: 100, type: $type) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        predefined\n        isCustom\n        usersCount\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n    }\n  }\n": types.RoleListDocument,
    "\n  query RoleGet($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      usersCount\n    }\n  }\n": types.RoleGetDocument,
    "\n  query RoleCatalog {\n    permissionCatalog {\n      levels\n      privileges\n      features {\n        key\n        label\n        employeeOnly\n        customActions\n        customFlags\n        dependencies {\n          action\n          requires\n        }\n        levels {\n          level\n          actions\n          permissionKeys\n        }\n      }\n    }\n  }\n": types.RoleCatalogDocument,
    "\n  mutation RoleCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        name\n        type\n        isCustom\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.RoleCreateDocument,
    "\n  mutation RoleUpdate($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        id\n        name\n        description\n        permissions\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.RoleUpdateDocument,
    "\n  mutation RoleDelete($input: DeleteRolesInput!) {\n    deleteRoles(input: $input) {\n      deletedRoleIds\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RoleDeleteDocument,
    "\n  query RoleHolder($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        roles {\n          name\n        }\n      }\n    }\n  }\n": types.RoleHolderDocument,
    "\n  query SystemSecuritySettings {\n    securitySettings {\n      bruteForceProtectionEnabled\n      maxFailedLoginAttempts\n      lockoutMinutes\n      minimumPasswordLength\n      requireNumbers\n      requireUppercase\n      requireLowercase\n      requireSymbol\n      requirePasswordNotUsername\n      disablePasswordStrengthForExistingPasswords\n    }\n  }\n": types.SystemSecuritySettingsDocument,
    "\n  mutation SystemUpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        maxFailedLoginAttempts\n        lockoutMinutes\n        minimumPasswordLength\n        requireSymbol\n        bruteForceProtectionEnabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.SystemUpdateSecuritySettingsDocument,
    "\n  query SetupStatus {\n    installationStatus {\n      setupRequired\n      companyName\n    }\n  }\n": types.SetupStatusDocument,
    "\n  mutation SetupInstall($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      installation {\n        companyName\n        timeZone\n      }\n      administrator {\n        id\n        username\n        displayName\n        email\n      }\n      brand {\n        id\n        name\n        isDefault\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.SetupInstallDocument,
    "\n  query SetupMe {\n    me {\n      id\n      username\n      kind\n      ... on Employee {\n        displayName\n      }\n    }\n    myPermissions\n  }\n": types.SetupMeDocument,
    "\n  query TktAdvSearch(\n    $text: String\n    $criteria: TicketSearchCriteria\n    $sortBy: TicketSortField\n    $descending: Boolean\n    $first: Int\n    $after: String\n  ) {\n    searchTickets(\n      text: $text\n      criteria: $criteria\n      sortBy: $sortBy\n      descending: $descending\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n": types.TktAdvSearchDocument,
    "\n  mutation TktAdvCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.TktAdvCreateFieldDocument,
    "\n  mutation TktAdvCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": types.TktAdvCreateTemplateDocument,
    "\n  mutation TktAdvAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktAdvAddFieldDocument,
    "\n  mutation TktAdvSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktAdvSetTemplatesDocument,
    "\n  mutation TktAdvCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n    }\n  }\n": types.TktAdvCreateGroupDocument,
    "\n  mutation TktAdvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktAdvCommentDocument,
    "\n  mutation TktAdvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktAdvStatusDocument,
    "\n  mutation TktAdvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktAdvDeleteDocument,
    "\n  query TktAttSettings {\n    ticketSettings {\n      maxAttachmentBytes\n    }\n  }\n": types.TktAttSettingsDocument,
    "\n  mutation TktAttUpdateSettings($input: UpdateTicketSettingsInput!) {\n    updateTicketSettings(input: $input) {\n      settings {\n        maxAttachmentBytes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktAttUpdateSettingsDocument,
    "\n  mutation TktAttAdd($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      attachment {\n        id\n        fileName\n        contentType\n        size\n        internal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktAttAddDocument,
    "\n  mutation TktAttReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktAttReplyDocument,
    "\n  query TktAttFiles($id: ID) {\n    ticket(id: $id) {\n      attachments {\n        fileName\n        contentType\n        size\n        internal\n        contentBase64\n      }\n    }\n  }\n": types.TktAttFilesDocument,
    "\n  mutation TktAttMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktAttMergeDocument,
    "\n  mutation TktBulkUpdate($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      results {\n        ticketId\n        ticket {\n          status\n          priority\n        }\n        userErrors {\n          code\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktBulkUpdateDocument,
    "\n  mutation TktBulkDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktBulkDeleteDocument,
    "\n  mutation TktBulkPurge($input: PurgeDeletedTicketsInput!) {\n    purgeDeletedTickets(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktBulkPurgeDocument,
    "\n  mutation TktCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktCfCreateFieldDocument,
    "\n  mutation TktCfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktCfCreateTemplateDocument,
    "\n  mutation TktCfAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TktCfAddFieldDocument,
    "\n  mutation TktCfSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktCfSetTemplatesDocument,
    "\n  mutation TktCfCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktCfCreateTicketDocument,
    "\n  mutation TktCfSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktCfSubmitDocument,
    "\n  mutation TktCfUpdate($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktCfUpdateDocument,
    "\n  mutation TktCfStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktCfStatusDocument,
    "\n  query TktCfValues($id: ID) {\n    ticket(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n": types.TktCfValuesDocument,
    "\n  mutation TktCfMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktCfMergeDocument,
    "\n  mutation TktDelViewsDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktDelViewsDeleteDocument,
    "\n  query TktDelViewsLists($filter: TicketFilter) {\n    tickets(first: 10, filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.TktDelViewsListsDocument,
    "\n  query TktDelViewsMine($filter: TicketFilter) {\n    myTickets(first: 10, filter: $filter) {\n      totalCount\n    }\n  }\n": types.TktDelViewsMineDocument,
    "\n  query TktDelViewsOne($id: ID!) {\n    ticket(id: $id) {\n      id\n    }\n  }\n": types.TktDelViewsOneDocument,
    "\n  query TktDelViewsDeleted {\n    deletedTickets(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.TktDelViewsDeletedDocument,
    "\n  query TktDelViewsSearch {\n    searchTickets(first: 10, criteria: { items: ONLY_DELETED }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.TktDelViewsSearchDocument,
    "\n  mutation TktEditComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        type\n        text\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditCommentDocument,
    "\n  query TktEditView($id: ID) {\n    ticket(id: $id) {\n      status\n      priority\n      pinned\n      subject\n      requesterEmail\n      followUpAt\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n": types.TktEditViewDocument,
    "\n  mutation TktEditStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n        closedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditStatusDocument,
    "\n  mutation TktEditPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ticket {\n        priority\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditPriorityDocument,
    "\n  mutation TktEditPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      ticket {\n        pinned\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditPinDocument,
    "\n  mutation TktEditHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        subject\n        requesterEmail\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktEditHeaderDocument,
    "\n  mutation TktEditReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditReplyDocument,
    "\n  mutation TktEditComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditComposingDocument,
    "\n  mutation TktEditFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditFollowUpDocument,
    "\n  mutation TktEditRemoveFollowUp($ticketId: ID!) {\n    removeFollowUp(ticketId: $ticketId) {\n      ticket {\n        status\n        followUpAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEditRemoveFollowUpDocument,
    "\n  query TktEmailLookupRequester($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        id\n        email\n      }\n    }\n  }\n": types.TktEmailLookupRequesterDocument,
    "\n  mutation TktEmailLookupSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TktEmailLookupSmtpDocument,
    "\n  mutation TktEvReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvReplyDocument,
    "\n  mutation TktEvMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvMyReplyDocument,
    "\n  mutation TktEvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvCommentDocument,
    "\n  mutation TktEvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvStatusDocument,
    "\n  mutation TktEvPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvPriorityDocument,
    "\n  mutation TktEvTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvTransferDocument,
    "\n  mutation TktEvTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvTakeDocument,
    "\n  mutation TktEvRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvReleaseDocument,
    "\n  mutation TktEvMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvMergeDocument,
    "\n  mutation TktEvFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvFollowUpDocument,
    "\n  mutation TktEvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvDeleteDocument,
    "\n  mutation TktEvRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktEvRestoreDocument,
    "\n  mutation TktTimerFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktTimerFollowUpDocument,
    "\n  query TktTimerStatus($id: ID!) {\n    ticket(id: $id) {\n      status\n      followUpAt\n      assignedAgent {\n        id\n      }\n    }\n  }\n": types.TktTimerStatusDocument,
    "\n  mutation TktCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n        status\n        countsTowardLimit\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktCreateDocument,
    "\n  query TktGet($id: ID, $number: String) {\n    ticket(id: $id, number: $number) {\n      id\n      ticketNumber\n      status\n      subject\n      pinned\n      followUpAt\n      group {\n        id\n      }\n      assignedAgent {\n        id\n      }\n      messages {\n        direction\n        textBody\n      }\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        totalCount\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n": types.TktGetDocument,
    "\n  mutation TktReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktReplyDocument,
    "\n  mutation TktMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktMyReplyDocument,
    "\n  mutation TktStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktStatusDocument,
    "\n  mutation TktTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        group {\n          id\n        }\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktTransferDocument,
    "\n  mutation TktMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ticket {\n        id\n        messages {\n          textBody\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktMergeDocument,
    "\n  mutation TktFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktFollowUpDocument,
    "\n  mutation TktDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktDeleteDocument,
    "\n  mutation TktRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktRestoreDocument,
    "\n  mutation TktPermCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermCreateDocument,
    "\n  mutation TktPermReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermReplyDocument,
    "\n  mutation TktPermComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermCommentDocument,
    "\n  mutation TktPermStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermStatusDocument,
    "\n  mutation TktPermPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermPriorityDocument,
    "\n  mutation TktPermPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermPinDocument,
    "\n  mutation TktPermHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermHeaderDocument,
    "\n  mutation TktPermMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermMergeDocument,
    "\n  mutation TktPermFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermFollowUpDocument,
    "\n  query TktPermList {\n    tickets(first: 5) {\n      totalCount\n    }\n  }\n": types.TktPermListDocument,
    "\n  mutation TktPermAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermAttachDocument,
    "\n  mutation TktPermTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermTimeLogDocument,
    "\n  mutation TktPermLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermLinkDocument,
    "\n  mutation TktPermComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermComposingDocument,
    "\n  mutation TktPermBulk($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPermBulkDocument,
    "\n  mutation TktPortalSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        source\n        requesterEmail\n        requester {\n          email\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktPortalSubmitDocument,
    "\n  query TktPortalQueue($first: Int) {\n    ticketQueue(first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.TktPortalQueueDocument,
    "\n  query TktPortalGet($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n": types.TktPortalGetDocument,
    "\n  query TktPortalList($first: Int) {\n    tickets(first: $first) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n        timeLogs {\n          minutes\n          category {\n            name\n          }\n        }\n        attachments {\n          fileName\n        }\n        relatedItems {\n          ticket {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.TktPortalListDocument,
    "\n  mutation TktPortalCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n": types.TktPortalCreateFieldDocument,
    "\n  mutation TktPortalCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n": types.TktPortalCreateTemplateDocument,
    "\n  mutation TktPortalAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPortalAddFieldDocument,
    "\n  mutation TktPortalSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPortalSetTemplatesDocument,
    "\n  mutation TktPortalAddLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPortalAddLogDocument,
    "\n  mutation TktPortalAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPortalAttachDocument,
    "\n  mutation TktPortalLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPortalLinkDocument,
    "\n  query TktPortalMine {\n    myPortalTickets(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.TktPortalMineDocument,
    "\n  mutation TktPortalDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktPortalDeleteDocument,
    "\n  query TktRecentViews($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.TktRecentViewsDocument,
    "\n  query TktRecentPortal($filter: TicketFilter) {\n    myPortalTickets(filter: $filter) {\n      totalCount\n    }\n  }\n": types.TktRecentPortalDocument,
    "\n  mutation TktRecentComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktRecentCommentDocument,
    "\n  mutation TktRecentReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktRecentReplyDocument,
    "\n  mutation TktRecentTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TktRecentTransferDocument,
    "\n  query TktSearchCap($text: String!, $first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: $text, first: $first, criteria: $criteria) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        priority\n      }\n    }\n  }\n": types.TktSearchCapDocument,
    "\n  query TktSearch($text: String!, $filter: TicketFilter) {\n    searchTickets(text: $text, first: 25, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        subject\n      }\n    }\n  }\n": types.TktSearchDocument,
    "\n  query TktSearchPage($first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: \"widget\", first: $first, criteria: $criteria) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n": types.TktSearchPageDocument,
    "\n  mutation TktSigCreate($input: CreateTicketSignatureInput!) {\n    createTicketSignature(input: $input) {\n      signature {\n        id\n        html\n        brand {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktSigCreateDocument,
    "\n  mutation TktSigUpdate($input: UpdateTicketSignatureInput!) {\n    updateTicketSignature(input: $input) {\n      signature {\n        html\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktSigUpdateDocument,
    "\n  mutation TktSigDelete($input: DeleteTicketSignatureInput!) {\n    deleteTicketSignature(input: $input) {\n      deletedSignatureId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktSigDeleteDocument,
    "\n  query TktSigList {\n    ticketSignatures {\n      id\n      html\n    }\n  }\n": types.TktSigListDocument,
    "\n  mutation TktSigReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        htmlBody\n        textBody\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktSigReplyDocument,
    "\n  query TktSigView($id: ID) {\n    ticket(id: $id) {\n      brand {\n        name\n      }\n      messages {\n        direction\n        htmlBody\n        textBody\n      }\n      replySignature {\n        html\n        text\n      }\n    }\n  }\n": types.TktSigViewDocument,
    "\n  mutation TktSigGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktSigGroupDocument,
    "\n  subscription TktSubTicketChanged($ticketId: ID!) {\n    ticketChanged(ticketId: $ticketId) {\n      kind\n      ticketId\n      changedFields\n      messageId\n      commentId\n      ticket {\n        id\n        status\n        assignedAgent {\n          id\n        }\n      }\n    }\n  }\n": types.TktSubTicketChangedDocument,
    "\n  subscription TktSubMine {\n    myTicketsChanged {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n      }\n    }\n  }\n": types.TktSubMineDocument,
    "\n  subscription TktSubQueue($departmentId: ID!, $groupId: ID) {\n    departmentQueueChanged(departmentId: $departmentId, groupId: $groupId) {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n        subject\n      }\n    }\n  }\n": types.TktSubQueueDocument,
    "\n  mutation TktSubComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktSubCommentDocument,
    "\n  mutation TktSubReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktSubReplyDocument,
    "\n  mutation TktSubTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktSubTransferDocument,
    "\n  mutation TktSubTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktSubTakeDocument,
    "\n  mutation TktLogCreateCategory($input: CreateTimeLogCategoryInput!) {\n    createTimeLogCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktLogCreateCategoryDocument,
    "\n  mutation TktLogRenameCategory($input: UpdateTimeLogCategoryInput!) {\n    updateTimeLogCategory(input: $input) {\n      category {\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktLogRenameCategoryDocument,
    "\n  mutation TktLogDeleteCategory($id: ID!) {\n    deleteTimeLogCategory(id: $id) {\n      deletedCategoryId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktLogDeleteCategoryDocument,
    "\n  mutation TktLogAdd($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n        minutes\n        billable\n        cost\n        notes\n        category {\n          name\n        }\n        agent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.TktLogAddDocument,
    "\n  mutation TktLogUpdate($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      timeLog {\n        minutes\n        cost\n        billable\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktLogUpdateDocument,
    "\n  mutation TktLogDelete($timeLogId: ID!) {\n    deleteTicketTimeLog(timeLogId: $timeLogId) {\n      deletedTimeLogId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktLogDeleteDocument,
    "\n  query TktLogTabs($id: ID) {\n    ticket(id: $id) {\n      timeLogs {\n        minutes\n        category {\n          name\n        }\n      }\n      relatedItems {\n        kind\n        ticket {\n          id\n        }\n      }\n    }\n  }\n": types.TktLogTabsDocument,
    "\n  mutation TktLogLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktLogLinkDocument,
    "\n  mutation TktLogUnlink($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktLogUnlinkDocument,
    "\n  mutation TktTimingStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktTimingStatusDocument,
    "\n  query TktTimingState($id: ID!) {\n    ticket(id: $id) {\n      status\n      deletedAt\n    }\n  }\n": types.TktTimingStateDocument,
    "\n  mutation TktTimingDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktTimingDepartmentDocument,
    "\n  subscription TktViewers($ticketId: ID!) {\n    ticketViewersChanged(ticketId: $ticketId) {\n      ticketId\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n": types.TktViewersDocument,
    "\n  query TktViewersField($id: ID!) {\n    ticket(id: $id) {\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n": types.TktViewersFieldDocument,
    "\n  mutation TktViewersCompose($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktViewersComposeDocument,
    "\n  mutation TktViewersReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TktViewersReplyDocument,
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
export function graphql(source: "\n  mutation BenchSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchSetup($input: SetupInstallationInput!) {\n    setupInstallation(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchRoles {\n    roles(first: 100) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchRoles {\n    roles(first: 100) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchAddAgentToGroup($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchAddAgentToGroup($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSetActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchSetActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchAgentQueuePage($first: Int!, $filter: TicketFilter) {\n    tickets(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNumber\n        subject\n        status\n        priority\n        lastActivityAt\n        requesterEmail\n        requester {\n          id\n          displayName\n          email\n        }\n        assignedAgent {\n          id\n          displayName\n        }\n        department {\n          id\n          name\n        }\n        group {\n          id\n          name\n        }\n        lastMessage {\n          id\n          createdAt\n          direction\n          fromAddress\n          textBody\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchAgentQueuePage($first: Int!, $filter: TicketFilter) {\n    tickets(first: $first, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        ticketNumber\n        subject\n        status\n        priority\n        lastActivityAt\n        requesterEmail\n        requester {\n          id\n          displayName\n          email\n        }\n        assignedAgent {\n          id\n          displayName\n        }\n        department {\n          id\n          name\n        }\n        group {\n          id\n          name\n        }\n        lastMessage {\n          id\n          createdAt\n          direction\n          fromAddress\n          textBody\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchSearchTickets($text: String!) {\n    searchTickets(text: $text, first: 25) {\n      totalCount\n      nodes {\n        id\n        ticketNumber\n        subject\n        lastActivityAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query BenchSearchTickets($text: String!) {\n    searchTickets(text: $text, first: 25) {\n      totalCount\n      nodes {\n        id\n        ticketNumber\n        subject\n        lastActivityAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation BenchChatStart($input: StartChatInput!) {\n      startChat(input: $input) {\n        chat {\n          id\n          status\n          agent {\n            id\n          }\n        }\n        visitorToken\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation BenchChatStart($input: StartChatInput!) {\n      startChat(input: $input) {\n        chat {\n          id\n          status\n          agent {\n            id\n          }\n        }\n        visitorToken\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation BenchChatTake($input: TakeChatInput!) {\n      takeChat(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation BenchChatTake($input: TakeChatInput!) {\n      takeChat(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation BenchChatSend($input: SendChatMessageInput!) {\n      sendChatMessage(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation BenchChatSend($input: SendChatMessageInput!) {\n      sendChatMessage(input: $input) {\n        userErrors {\n          code\n          message\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription BenchChatEvents($chatId: ID!, $visitorToken: String) {\n      chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n        kind\n        message {\n          body\n          seq\n        }\n      }\n    }\n  "): (typeof documents)["\n    subscription BenchChatEvents($chatId: ID!, $visitorToken: String) {\n      chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n        kind\n        message {\n          body\n          seq\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription BenchWsQueueChanged($departmentId: ID!) {\n      departmentQueueChanged(departmentId: $departmentId) {\n        __typename\n      }\n    }\n  "): (typeof documents)["\n    subscription BenchWsQueueChanged($departmentId: ID!) {\n      departmentQueueChanged(departmentId: $departmentId) {\n        __typename\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchWsSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BenchWsSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BenchWsPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      occurredAt\n      status {\n        employeeId\n        availability\n        online\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription BenchWsPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      occurredAt\n      status {\n        employeeId\n        availability\n        online\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkRegister($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkRegister($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleWalkTicket($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      requesterDetailsHtml\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleWalkTicket($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      requesterDetailsHtml\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleWalkStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleWalkStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleWalkForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleWalkForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleWalkDeliveries($kind: ProviderKind, $first: Int) {\n    providerDeliveries(kind: $kind, first: $first) {\n      nodes {\n        method\n        outcome\n        status\n        durationMs\n        error\n        note\n        request\n        response\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleWalkDeliveries($kind: ProviderKind, $first: Int) {\n    providerDeliveries(kind: $kind, first: $first) {\n      nodes {\n        method\n        outcome\n        status\n        durationMs\n        error\n        note\n        request\n        response\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleSyncUsers($search: String) {\n    users(first: 50, search: $search) {\n      nodes {\n        username\n        email\n        displayName\n        externalId\n        disabled\n        forcePasswordChange\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleSyncUsers($search: String) {\n    users(first: 50, search: $search) {\n      nodes {\n        username\n        email\n        displayName\n        externalId\n        disabled\n        forcePasswordChange\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DbQueryCountMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DbQueryCountMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresRedisSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresRedisSetAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresRedisPresenceChanged {\n    agentPresenceChanged {\n      reason\n      status {\n        availability\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PresRedisPresenceChanged {\n    agentPresenceChanged {\n      reason\n      status {\n        availability\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Employee {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n      ... on Employee {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PlatformMe {\n    me {\n      id\n    }\n  }\n"];
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
export function graphql(source: "\n  query AccAccessMe {\n    me {\n      id\n      forcePasswordChange\n    }\n  }\n"): (typeof documents)["\n  query AccAccessMe {\n    me {\n      id\n      forcePasswordChange\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccAccessEmployees {\n    employees {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccAccessEmployees {\n    employees {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccAccessCatalog {\n    permissionCatalog {\n      levels\n    }\n  }\n"): (typeof documents)["\n  query AccAccessCatalog {\n    permissionCatalog {\n      levels\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccAccessChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccAccessChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccAccessLogout {\n    logout {\n      success\n    }\n  }\n"): (typeof documents)["\n  mutation AccAccessLogout {\n    logout {\n      success\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccAccessCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccAccessCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccAccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccAccessCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccAccessDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccAccessDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccAccessEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccAccessEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      account {\n        id\n        disabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccAccessLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccAccessLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccAccessAdminRole {\n    roles(first: 50, type: EMPLOYEE) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccAccessAdminRole {\n    roles(first: 50, type: EMPLOYEE) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpAdmList($first: Int, $search: String) {\n    employees(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        roles {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccEmpAdmList($first: Int, $search: String) {\n    employees(first: $first, search: $search) {\n      totalCount\n      nodes {\n        id\n        roles {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpAdmGet($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      roles {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccEmpAdmGet($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      roles {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpAdmCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpAdmCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpAdmUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpAdmUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpAdmSetPassword($input: SetEmployeePasswordInput!) {\n    setEmployeePassword(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpAdmSetPassword($input: SetEmployeePasswordInput!) {\n    setEmployeePassword(input: $input) {\n      employee {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpAdmSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpAdmSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpAdmDelete($input: DeleteEmployeesInput!) {\n    deleteEmployees(input: $input) {\n      deletedEmployeeIds\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpAdmDelete($input: DeleteEmployeesInput!) {\n    deleteEmployees(input: $input) {\n      deletedEmployeeIds\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpAdmNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AccEmpAdmNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpList($first: Int, $search: String, $roleId: ID, $disabled: Boolean, $sortBy: AccountSortField) {\n    employees(first: $first, search: $search, roleId: $roleId, disabled: $disabled, sortBy: $sortBy) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        roles {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccEmpList($first: Int, $search: String, $roleId: ID, $disabled: Boolean, $sortBy: AccountSortField) {\n    employees(first: $first, search: $search, roleId: $roleId, disabled: $disabled, sortBy: $sortBy) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n        roles {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpGet($id: ID!) {\n    employee(id: $id) {\n      id\n      username\n      displayName\n      displayNameForChat\n      email\n      emailVerified\n      authenticationMethod\n      authenticationDomain\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      hourlyCost\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      emailSummariesOfSubscribedCommunityPosts\n      emailNewMessagesFromConversations\n      portalSignature\n      copyToAddress\n      copyToEnabled\n      otherReplyFromAddresses\n      maxTickets\n      maxActiveLiveChats\n      popUpNewChatsAutomatically\n      playChatSounds\n      playSoundWhenChatQueued\n      blockChatWhileComposingCallLogs\n      roles {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccEmpGet($id: ID!) {\n    employee(id: $id) {\n      id\n      username\n      displayName\n      displayNameForChat\n      email\n      emailVerified\n      authenticationMethod\n      authenticationDomain\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      hourlyCost\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      emailSummariesOfSubscribedCommunityPosts\n      emailNewMessagesFromConversations\n      portalSignature\n      copyToAddress\n      copyToEnabled\n      otherReplyFromAddresses\n      maxTickets\n      maxActiveLiveChats\n      popUpNewChatsAutomatically\n      playChatSounds\n      playSoundWhenChatQueued\n      blockChatWhileComposingCallLogs\n      roles {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpDirectory($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      displayNameForChat\n      email\n      roles {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccEmpDirectory($id: ID!) {\n    employee(id: $id) {\n      id\n      displayName\n      displayNameForChat\n      email\n      roles {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpPrivate($id: ID!) {\n    employee(id: $id) {\n      id\n      homePhone\n    }\n  }\n"): (typeof documents)["\n  query AccEmpPrivate($id: ID!) {\n    employee(id: $id) {\n      id\n      homePhone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpCreate($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        username\n        displayName\n        authenticationMethod\n        authenticationDomain\n        hourlyCost\n        maxTickets\n        otherReplyFromAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpUpdate($input: UpdateEmployeeInput!) {\n    updateEmployee(input: $input) {\n      employee {\n        id\n        username\n        displayName\n        authenticationMethod\n        authenticationDomain\n        hourlyCost\n        maxTickets\n        otherReplyFromAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccEmpRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccEmpCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccEmpCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccEmpNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Employee {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccEmpNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Employee {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgPermList {\n    organizations {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccOrgPermList {\n    organizations {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgPermGet($id: ID!) {\n    organization(id: $id) {\n      id\n      members {\n        id\n      }\n      users {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOrgPermGet($id: ID!) {\n    organization(id: $id) {\n      id\n      members {\n        id\n      }\n      users {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgPermUsers($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOrgPermUsers($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgPermMine {\n    me {\n      ... on User {\n        organizations {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOrgPermMine {\n    me {\n      ... on User {\n        organizations {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgPermCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgPermCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        members {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgPermUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgPermUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgPermAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgPermAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgPermUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgPermUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgPermRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgPermRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgPermDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgPermDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgList($search: String) {\n    organizations(first: 50, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        website\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOrgList($search: String) {\n    organizations(first: 50, search: $search) {\n      totalCount\n      nodes {\n        id\n        name\n        website\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgGet($id: ID!, $first: Int) {\n    organization(id: $id) {\n      id\n      name\n      website\n      phoneNumber\n      numberOfEmployees\n      city\n      country\n      members {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      users(first: $first) {\n        totalCount\n        nodes {\n          username\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOrgGet($id: ID!, $first: Int) {\n    organization(id: $id) {\n      id\n      name\n      website\n      phoneNumber\n      numberOfEmployees\n      city\n      country\n      members {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      users(first: $first) {\n        totalCount\n        nodes {\n          username\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        members {\n          id\n          type\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgCreate($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      organization {\n        id\n        name\n        members {\n          id\n          type\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        website\n        city\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgUpdate($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      organization {\n        id\n        name\n        website\n        city\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      member {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      organization {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgAddMember($input: AddOrganizationMemberInput!) {\n    addOrganizationMember(input: $input) {\n      member {\n        id\n        type\n        value\n        viewOrganizationTicketsInPortal\n      }\n      organization {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      member {\n        id\n        value\n        viewOrganizationTicketsInPortal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgUpdateMember($input: UpdateOrganizationMemberInput!) {\n    updateOrganizationMember(input: $input) {\n      member {\n        id\n        value\n        viewOrganizationTicketsInPortal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMemberId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgRemoveMember($input: RemoveOrganizationMemberInput!) {\n    removeOrganizationMember(input: $input) {\n      removedMemberId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      deletedOrganizationIds\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgDelete($input: DeleteOrganizationsInput!) {\n    deleteOrganizations(input: $input) {\n      deletedOrganizationIds\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccOrgCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccOrgCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgUserOrgs($id: ID!) {\n    user(id: $id) {\n      organizations {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOrgUserOrgs($id: ID!) {\n    user(id: $id) {\n      organizations {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccOrgUsersInOrg($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccOrgUsersInOrg($organizationId: ID, $search: String, $first: Int) {\n    users(organizationId: $organizationId, search: $search, first: $first) {\n      totalCount\n      nodes {\n        username\n        organizations {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUserPermList {\n    users {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AccUserPermList {\n    users {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUserPermGet($id: ID!) {\n    user(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AccUserPermGet($id: ID!) {\n    user(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserPermCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserPermCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserPermUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserPermUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserPermSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserPermSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserPermDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserPermDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserPermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserPermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserPermDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserPermDisable($input: DisableAccountInput!) {\n    disableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserPermEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserPermEnable($input: EnableAccountInput!) {\n    enableAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUserPermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User {\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccUserPermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on User {\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUserList(\n    $search: String\n    $roleId: ID\n    $disabled: Boolean\n    $sortBy: AccountSortField\n    $descending: Boolean\n  ) {\n    users(\n      first: 50\n      search: $search\n      roleId: $roleId\n      disabled: $disabled\n      sortBy: $sortBy\n      descending: $descending\n    ) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccUserList(\n    $search: String\n    $roleId: ID\n    $disabled: Boolean\n    $sortBy: AccountSortField\n    $descending: Boolean\n  ) {\n    users(\n      first: 50\n      search: $search\n      roleId: $roleId\n      disabled: $disabled\n      sortBy: $sortBy\n      descending: $descending\n    ) {\n      totalCount\n      nodes {\n        id\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUserGet($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      authenticationMethod\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      portalSignature\n      banned\n      banReason\n      disabled\n      roles {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccUserGet($id: ID!) {\n    user(id: $id) {\n      id\n      username\n      displayName\n      email\n      emailVerified\n      authenticationMethod\n      forcePasswordChange\n      timeZone\n      preferredLanguage\n      website\n      homePhone\n      cellPhone\n      workPhone\n      otherPhone\n      company\n      address\n      subscribeToCommunityPostsAutomatically\n      portalSignature\n      banned\n      banReason\n      disabled\n      roles {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserCreate($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        username\n        email\n        banned\n        banReason\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserUpdate($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        username\n        email\n        banned\n        banReason\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserSetPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      deletedUserIds\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserDelete($input: DeleteUsersInput!) {\n    deleteUsers(input: $input) {\n      deletedUserIds\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      account {\n        id\n        roles {\n          name\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccUserRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccUserRoles {\n    roles(first: 50) {\n      nodes {\n        id\n        predefined\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccUserCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccUserCreateEmployee($input: CreateEmployeeInput!) {\n    createEmployee(input: $input) {\n      employee {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthScopesCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        permissions\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthScopesCreate($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        permissions\n        expiresAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthScopesPermissions {\n    myPermissions\n  }\n"): (typeof documents)["\n  query AuthScopesPermissions {\n    myPermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthScopesList {\n    apiTokens {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthScopesList {\n    apiTokens {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthScopesRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthScopesRevoke($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthScopesLogout {\n    logout {\n      success\n    }\n  }\n"): (typeof documents)["\n  mutation AuthScopesLogout {\n    logout {\n      success\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthScopesChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthScopesChangePassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthScopesSessions {\n    mySessions {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthScopesSessions {\n    mySessions {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthScopesNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ApiToken {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthScopesNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on ApiToken {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        permissions\n        expiresAt\n        active\n        createdAt\n        owner {\n          id\n        }\n        createdBy {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n        name\n        prefix\n        permissions\n        expiresAt\n        active\n        createdAt\n        owner {\n          id\n        }\n        createdBy {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthApiTokens($ownerId: ID, $allOwners: Boolean, $includeInactive: Boolean) {\n    apiTokens(ownerId: $ownerId, allOwners: $allOwners, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        active\n        revokedAt\n        lastUsedAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthApiTokens($ownerId: ID, $allOwners: Boolean, $includeInactive: Boolean) {\n    apiTokens(ownerId: $ownerId, allOwners: $allOwners, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        prefix\n        active\n        revokedAt\n        lastUsedAt\n        owner {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        active\n        revokedAt\n      }\n      revokedCount\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      apiToken {\n        id\n        active\n        revokedAt\n      }\n      revokedCount\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTokenWhoAmI {\n    me {\n      id\n    }\n    myPermissions\n  }\n"): (typeof documents)["\n  query AuthTokenWhoAmI {\n    me {\n      id\n    }\n    myPermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthApiTokenFields {\n    __type(name: \"ApiToken\") {\n      fields {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthApiTokenFields {\n    __type(name: \"ApiToken\") {\n      fields {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLockoutLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLockoutUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        bruteForceProtectionEnabled\n        maxFailedLoginAttempts\n        lockoutMinutes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLockoutUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        bruteForceProtectionEnabled\n        maxFailedLoginAttempts\n        lockoutMinutes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthBypassLockout($input: BypassLoginLockoutInput!) {\n    bypassLoginLockout(input: $input) {\n      account {\n        id\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthBypassLockout($input: BypassLoginLockoutInput!) {\n    bypassLoginLockout(input: $input) {\n      account {\n        id\n        lockedUntil\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasswordLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        mustChangePassword\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthPasswordLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        mustChangePassword\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input) {\n      account {\n        id\n        forcePasswordChange\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthPasswordMe {\n    me {\n      id\n      forcePasswordChange\n    }\n    myPermissions\n  }\n"): (typeof documents)["\n  query AuthPasswordMe {\n    me {\n      id\n      forcePasswordChange\n    }\n    myPermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthPasswordSessions {\n    mySessions {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthPasswordSessions {\n    mySessions {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthPasswordTokens {\n    apiTokens {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AuthPasswordTokens {\n    apiTokens {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasswordCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation AuthPasswordCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthPasswordSecurity {\n    securitySettings {\n      minimumPasswordLength\n    }\n  }\n"): (typeof documents)["\n  query AuthPasswordSecurity {\n    securitySettings {\n      minimumPasswordLength\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthPasswordNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuthPasswordNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthPasswordUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthPasswordUpdateSecurity($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMySessions {\n    mySessions {\n      totalCount\n      nodes {\n        id\n        createdAt\n        lastActiveAt\n        lastIp\n        userAgent\n        expiresAt\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthMySessions {\n    mySessions {\n      totalCount\n      nodes {\n        id\n        createdAt\n        lastActiveAt\n        lastIp\n        userAgent\n        expiresAt\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      session {\n        id\n        current\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeAllSessionsOf($input: RevokeAllSessionsOfInput!) {\n    revokeAllSessionsOf(input: $input) {\n      account {\n        id\n      }\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeAllSessionsOf($input: RevokeAllSessionsOfInput!) {\n    revokeAllSessionsOf(input: $input) {\n      account {\n        id\n      }\n      revokedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRefresh($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      session {\n        accessToken\n        refreshToken\n        account {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogout {\n    logout {\n      success\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogout {\n    logout {\n      success\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthSessionsMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AuthSessionsMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthSessionNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Session {\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthSessionNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Session {\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthWsMe {\n    me {\n      id\n      username\n    }\n    myPermissions\n  }\n"): (typeof documents)["\n  query AuthWsMe {\n    me {\n      id\n      username\n    }\n    myPermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuthWsAccountChanged {\n    myAccountChanged {\n      reason\n      sessionId\n      permissions\n      account {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AuthWsAccountChanged {\n    myAccountChanged {\n      reason\n      sessionId\n      permissions\n      account {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthWsLogout {\n    logout {\n      success\n    }\n  }\n"): (typeof documents)["\n  mutation AuthWsLogout {\n    logout {\n      success\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthWsCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthWsCreateToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      apiToken {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthWsRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n    }\n  }\n"): (typeof documents)["\n  mutation AuthWsRevokeToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      revokedCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthWsSessions {\n    mySessions {\n      nodes {\n        id\n        current\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthWsSessions {\n    mySessions {\n      nodes {\n        id\n        current\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthWsRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthWsRevokeSession($input: RevokeSessionInput!) {\n    revokeSession(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedRenderCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedRenderCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedRenderUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedRenderUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedRenderDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedRenderDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n      unknownVariables\n      cannedReply {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CannedRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n      unknownVariables\n      cannedReply {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedRenderList {\n    cannedReplies(first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CannedRenderList {\n    cannedReplies(first: 100) {\n      nodes {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedRenderTicket($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        displayName\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query CannedRenderTicket($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        displayName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        type\n        status\n        language\n        ownerId\n        folder {\n          id\n          name\n        }\n        department {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedCreate($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        type\n        status\n        language\n        ownerId\n        folder {\n          id\n          name\n        }\n        department {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        status\n        folder {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedUpdate($input: UpdateCannedReplyInput!) {\n    updateCannedReply(input: $input) {\n      cannedReply {\n        id\n        name\n        body\n        scope\n        status\n        folder {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedDelete($input: DeleteCannedReplyInput!) {\n    deleteCannedReply(input: $input) {\n      deletedCannedReplyId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedList(\n    $search: String\n    $folderId: ID\n    $includeSubfolders: Boolean\n    $rootOnly: Boolean\n    $type: CannedReplyType\n    $usableFor: CannedReplyChannel\n    $language: String\n    $scope: CannedReplyScope\n    $status: CannedReplyStatus\n    $departmentId: ID\n  ) {\n    cannedReplies(\n      search: $search\n      folderId: $folderId\n      includeSubfolders: $includeSubfolders\n      rootOnly: $rootOnly\n      type: $type\n      usableFor: $usableFor\n      language: $language\n      scope: $scope\n      status: $status\n      departmentId: $departmentId\n      first: 100\n    ) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CannedList(\n    $search: String\n    $folderId: ID\n    $includeSubfolders: Boolean\n    $rootOnly: Boolean\n    $type: CannedReplyType\n    $usableFor: CannedReplyChannel\n    $language: String\n    $scope: CannedReplyScope\n    $status: CannedReplyStatus\n    $departmentId: ID\n  ) {\n    cannedReplies(\n      search: $search\n      folderId: $folderId\n      includeSubfolders: $includeSubfolders\n      rootOnly: $rootOnly\n      type: $type\n      usableFor: $usableFor\n      language: $language\n      scope: $scope\n      status: $status\n      departmentId: $departmentId\n      first: 100\n    ) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedOne($id: ID!) {\n    cannedReply(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CannedOne($id: ID!) {\n    cannedReply(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CannedNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedCreateFolder($input: CreateCannedReplyFolderInput!) {\n    createCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedCreateFolder($input: CreateCannedReplyFolderInput!) {\n    createCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedUpdateFolder($input: UpdateCannedReplyFolderInput!) {\n    updateCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedUpdateFolder($input: UpdateCannedReplyFolderInput!) {\n    updateCannedReplyFolder(input: $input) {\n      folder {\n        id\n        name\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CannedDeleteFolder($input: DeleteCannedReplyFolderInput!) {\n    deleteCannedReplyFolder(input: $input) {\n      deletedFolderId\n      movedToRootCount\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CannedDeleteFolder($input: DeleteCannedReplyFolderInput!) {\n    deleteCannedReplyFolder(input: $input) {\n      deletedFolderId\n      movedToRootCount\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CannedFolders($parentId: ID) {\n    cannedReplyFolders(parentId: $parentId) {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CannedFolders($parentId: ID) {\n    cannedReplyFolders(parentId: $parentId) {\n      id\n      name\n      children {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatAssignStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        status\n        agentName\n        queuePosition\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatAssignStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        status\n        agentName\n        queuePosition\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatAssignTake($input: TakeChatInput!) {\n    takeChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatAssignTake($input: TakeChatInput!) {\n    takeChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatAssignAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatAssignAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAssignList($view: LiveChatView!) {\n    liveChats(view: $view, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatAssignList($view: LiveChatView!) {\n    liveChats(view: $view, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatAssignGet($id: ID!) {\n    liveChat(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ChatAssignGet($id: ID!) {\n    liveChat(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFaultStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFaultStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatFaultEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatFaultEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFaultSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFaultSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFaultSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        maxMessageLength\n        rateLimitMessages\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFaultSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        maxMessageLength\n        rateLimitMessages\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatHandStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatHandStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatHandGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n    }\n  }\n"): (typeof documents)["\n  query ChatHandGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatHandSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        handOffNoFollowUpSeconds\n        handOffAgentDisconnectedSeconds\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatHandSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      settings {\n        handOffNoFollowUpSeconds\n        handOffAgentDisconnectedSeconds\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatHandSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatHandSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatHandTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ChatHandTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatHandEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        systemEvent\n        body\n      }\n      chat {\n        agentName\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatHandEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        systemEvent\n        body\n      }\n      chat {\n        agentName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatInstStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatInstStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatInstEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatInstEvents($chatId: ID!, $visitorToken: String) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken) {\n      kind\n      message {\n        seq\n        body\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatInstSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatInstSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatInstPresence($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatInstPresence($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatLifeGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n      endReason\n      idleSince\n      deletedAt\n      ticket {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatLifeGet($id: ID!) {\n    liveChat(id: $id) {\n      agentName\n      status\n      endReason\n      idleSince\n      deletedAt\n      ticket {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeAttach($input: AttachChatToTicketInput!) {\n    attachChatToTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeAttach($input: AttachChatToTicketInput!) {\n    attachChatToTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeDetach($input: DetachChatFromTicketInput!) {\n    detachChatFromTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeDetach($input: DetachChatFromTicketInput!) {\n    detachChatFromTicket(input: $input) {\n      chat {\n        ticket {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeDelete($input: LiveChatIdsInput!) {\n    deleteLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeDelete($input: LiveChatIdsInput!) {\n    deleteLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatLifeSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      chatNumber\n    }\n  }\n"): (typeof documents)["\n  query ChatLifeSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      chatNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeCreateReply($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeCreateReply($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatLifeSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatLifeSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatLifeRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n    }\n  }\n"): (typeof documents)["\n  query ChatLifeRender($input: RenderCannedReplyInput!) {\n    renderCannedReply(input: $input) {\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatMsgEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        kind\n        body\n        authorName\n        systemEvent\n      }\n      typing {\n        side\n        typing\n        preview\n      }\n      read {\n        side\n        seq\n      }\n      chat {\n        status\n        agentName\n        surveyUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ChatMsgEvents($chatId: ID!, $visitorToken: String, $afterSeq: Int) {\n    chatEvents(chatId: $chatId, visitorToken: $visitorToken, afterSeq: $afterSeq) {\n      kind\n      message {\n        seq\n        kind\n        body\n        authorName\n        systemEvent\n      }\n      typing {\n        side\n        typing\n        preview\n      }\n      read {\n        side\n        seq\n      }\n      chat {\n        status\n        agentName\n        surveyUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n        kind\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      message {\n        seq\n        kind\n        body\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      message {\n        seq\n        kind\n        authorName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      message {\n        seq\n        kind\n        authorName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgTyping($input: SetChatTypingInput!) {\n    setChatTyping(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgRead($input: MarkChatReadInput!) {\n    markChatRead(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgRead($input: MarkChatReadInput!) {\n    markChatRead(input: $input) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgJoin($input: JoinChatInput!) {\n    joinChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgJoin($input: JoinChatInput!) {\n    joinChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgTransfer($input: TransferChatInput!) {\n    transferChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgTransfer($input: TransferChatInput!) {\n    transferChat(input: $input) {\n      chat {\n        status\n        agentName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        surveyUrl\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        surveyUrl\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatMsgTranscript($chatId: ID!, $token: String) {\n    liveChatTranscript(chatId: $chatId, visitorToken: $token)\n  }\n"): (typeof documents)["\n  query ChatMsgTranscript($chatId: ID!, $token: String) {\n    liveChatTranscript(chatId: $chatId, visitorToken: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMsgDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMsgDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatProvStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        agentName\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatProvStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        agentName\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatKeepStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatKeepStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatKeepEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatKeepEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatKeepGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  query ChatKeepGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatKeepDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        autoDeleteAfterDays\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatKeepDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        autoDeleteAfterDays\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatKeepRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatKeepRestore($input: LiveChatIdsInput!) {\n    restoreLiveChats(input: $input) {\n      chats {\n        deletedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatKeepPurge($input: PurgeDeletedLiveChatsInput!) {\n    purgeDeletedLiveChats(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatKeepPurge($input: PurgeDeletedLiveChatsInput!) {\n    purgeDeletedLiveChats(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFindStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFindStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatFindAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId) {\n      online\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ChatFindAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId) {\n      online\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFindSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFindSettings($input: UpdateLiveChatSettingsInput!) {\n    updateLiveChatSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFindHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFindHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFindCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFindCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFindCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFindCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFindAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFindAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatFindSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatFindSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatFindGet($id: ID!) {\n    liveChat(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatFindGet($id: ID!) {\n    liveChat(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatFindSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      customerName\n    }\n  }\n"): (typeof documents)["\n  query ChatFindSearch($input: LiveChatSearchInput!) {\n    searchLiveChats(input: $input) {\n      id\n      customerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatStartStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n        agentName\n        queuePosition\n        waitingMessage\n        customerName\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatStartStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n        status\n        agentName\n        queuePosition\n        waitingMessage\n        customerName\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatStartAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId, groupId: null) {\n      online\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ChatStartAvailability($departmentId: ID!) {\n    liveChatAvailability(departmentId: $departmentId, groupId: null) {\n      online\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatStartLeave($input: LeaveChatMessageInput!) {\n    leaveChatMessage(input: $input) {\n      ticketNumber\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatStartLeave($input: LeaveChatMessageInput!) {\n    leaveChatMessage(input: $input) {\n      ticketNumber\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatStartGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      id\n      status\n      agent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatStartGet($id: ID!, $token: String) {\n    liveChat(id: $id, visitorToken: $token) {\n      id\n      status\n      agent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatStartMessages($id: ID!, $token: String) {\n    chatMessages(chatId: $id, afterSeq: 0, first: 50, visitorToken: $token) {\n      seq\n      kind\n      body\n      authorName\n    }\n  }\n"): (typeof documents)["\n  query ChatStartMessages($id: ID!, $token: String) {\n    chatMessages(chatId: $id, afterSeq: 0, first: 50, visitorToken: $token) {\n      seq\n      kind\n      body\n      authorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatStartEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        endReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatStartEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      chat {\n        status\n        endReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatStartHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatStartHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMailStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMailStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n        chatNumber\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMailSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMailSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMailCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMailCoach($input: SendCoachingMessageInput!) {\n    sendCoachingMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMailEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMailEnd($input: EndChatInput!) {\n    endChat(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMailTranscript($input: EmailChatTranscriptInput!) {\n    emailChatTranscript(input: $input) {\n      recipients\n      chat {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMailTranscript($input: EmailChatTranscriptInput!) {\n    emailChatTranscript(input: $input) {\n      recipients\n      chat {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMailCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMailCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChatMailDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        emailTranscriptOnEnd\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChatMailDeptSettings($input: UpdateDepartmentChatSettingsInput!) {\n    updateDepartmentChatSettings(input: $input) {\n      settings {\n        emailTranscriptOnEnd\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n        name\n        appliesTo\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n        name\n        appliesTo\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfUpdateField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        id\n        name\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfUpdateField($input: UpdateCustomFieldInput!) {\n    updateCustomField(input: $input) {\n      customField {\n        id\n        name\n        dataType\n        listOptions\n        defaultValue\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfListFields($appliesTo: CustomFieldAppliesTo) {\n    customFields(first: 50, appliesTo: $appliesTo) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfListFields($appliesTo: CustomFieldAppliesTo) {\n    customFields(first: 50, appliesTo: $appliesTo) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfGetField($id: ID!) {\n    customField(id: $id) {\n      id\n      name\n      dataType\n    }\n    node(id: $id) {\n      id\n      ... on CustomField {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfGetField($id: ID!) {\n    customField(id: $id) {\n      id\n      name\n      dataType\n    }\n    node(id: $id) {\n      id\n      ... on CustomField {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfPeopleCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfPeopleCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSetUserCustomFields($input: SetUserCustomFieldsInput!) {\n    setUserCustomFields(input: $input) {\n      user {\n        id\n      }\n      customFields {\n        name\n        dataType\n        value\n        field {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSetUserCustomFields($input: SetUserCustomFieldsInput!) {\n    setUserCustomFields(input: $input) {\n      user {\n        id\n      }\n      customFields {\n        name\n        dataType\n        value\n        field {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSetEmployeeCustomFields($input: SetEmployeeCustomFieldsInput!) {\n    setEmployeeCustomFields(input: $input) {\n      customFields {\n        name\n        value\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSetEmployeeCustomFields($input: SetEmployeeCustomFieldsInput!) {\n    setEmployeeCustomFields(input: $input) {\n      customFields {\n        name\n        value\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfEmployeeValues($id: ID!) {\n    employee(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfEmployeeValues($id: ID!) {\n    employee(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfUserListValues($first: Int!) {\n    users(first: $first) {\n      nodes {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfUserListValues($first: Int!) {\n    users(first: $first) {\n      nodes {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSubCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSubCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSubCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSubCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSubAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSubAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSubCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSubCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSubUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSubUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSubSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSubSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfTicketSubmissionForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      departmentName\n      step\n      fields {\n        name\n        displayName\n        dataType\n        required\n        listOptions\n        defaultValue\n        order\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfTicketSubmissionForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      departmentName\n      step\n      fields {\n        name\n        displayName\n        dataType\n        required\n        listOptions\n        defaultValue\n        order\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfTplCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfTplCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfTplDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfTplDeleteField($input: DeleteCustomFieldInput!) {\n    deleteCustomField(input: $input) {\n      deletedCustomFieldId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfUpdateTemplate($input: UpdateCustomFieldTemplateInput!) {\n    updateCustomFieldTemplate(input: $input) {\n      template {\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfUpdateTemplate($input: UpdateCustomFieldTemplateInput!) {\n    updateCustomFieldTemplate(input: $input) {\n      template {\n        displayName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfDeleteTemplate($input: DeleteCustomFieldTemplateInput!) {\n    deleteCustomFieldTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfDeleteTemplate($input: DeleteCustomFieldTemplateInput!) {\n    deleteCustomFieldTemplate(input: $input) {\n      deletedTemplateId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfAddTemplateField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      templateField {\n        id\n        displayName\n        visibility\n        requiredByUsers\n        requiredForAgentsToSaveOrSend\n        requiredForAgentsToClose\n        showInCommunicationView\n        order\n        customField {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfAddTemplateField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      templateField {\n        id\n        displayName\n        visibility\n        requiredByUsers\n        requiredForAgentsToSaveOrSend\n        requiredForAgentsToClose\n        showInCommunicationView\n        order\n        customField {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfUpdateTemplateField($input: UpdateTemplateFieldInput!) {\n    updateTemplateField(input: $input) {\n      templateField {\n        displayName\n        visibility\n        requiredByUsers\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfUpdateTemplateField($input: UpdateTemplateFieldInput!) {\n    updateTemplateField(input: $input) {\n      templateField {\n        displayName\n        visibility\n        requiredByUsers\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfRemoveTemplateField($input: RemoveTemplateFieldInput!) {\n    removeTemplateField(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfRemoveTemplateField($input: RemoveTemplateFieldInput!) {\n    removeTemplateField(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfReorderTemplateFields($input: ReorderTemplateFieldsInput!) {\n    reorderTemplateFields(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfReorderTemplateFields($input: ReorderTemplateFieldsInput!) {\n    reorderTemplateFields(input: $input) {\n      template {\n        fields {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfGetTemplate($id: ID!) {\n    customFieldTemplate(id: $id) {\n      displayName\n      fields {\n        displayName\n        order\n        template {\n          displayName\n        }\n      }\n    }\n    customFieldTemplates(first: 10) {\n      totalCount\n    }\n    node(id: $id) {\n      ... on CustomFieldTemplate {\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfGetTemplate($id: ID!) {\n    customFieldTemplate(id: $id) {\n      displayName\n      fields {\n        displayName\n        order\n        template {\n          displayName\n        }\n      }\n    }\n    customFieldTemplates(first: 10) {\n      totalCount\n    }\n    node(id: $id) {\n      ... on CustomFieldTemplate {\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CfSetDepartmentTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      templates {\n        ticketTemplate {\n          displayName\n        }\n        liveChatTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CfSetDepartmentTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      templates {\n        ticketTemplate {\n          displayName\n        }\n        liveChatTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CfDepartmentTemplates($id: ID!) {\n    department(id: $id) {\n      customFieldTemplates {\n        ticketTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CfDepartmentTemplates($id: ID!) {\n    department(id: $id) {\n      customFieldTemplates {\n        ticketTemplate {\n          displayName\n        }\n        callLogTemplate {\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistPreview($groupId: ID!) {\n    distributionPreview(groupId: $groupId) {\n      explanation\n      nextAgent {\n        displayName\n      }\n      members {\n        employee {\n          displayName\n        }\n        skipReason\n        groupLoad\n        overallLoad\n        rotationPosition\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistPreview($groupId: ID!) {\n    distributionPreview(groupId: $groupId) {\n      explanation\n      nextAgent {\n        displayName\n      }\n      members {\n        employee {\n          displayName\n        }\n        skipReason\n        groupLoad\n        overallLoad\n        rotationPosition\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistSetFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistSetFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistTicketState($id: ID) {\n    ticket(id: $id) {\n      countsTowardLimit\n      assignedAgent {\n        displayName\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistTicketState($id: ID) {\n    ticket(id: $id) {\n      countsTowardLimit\n      assignedAgent {\n        displayName\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      ticket {\n        id\n        countsTowardLimit\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      ticket {\n        id\n        countsTowardLimit\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      explanation\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      explanation\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistRebalance($input: RebalanceTicketsInput!) {\n    rebalanceTickets(input: $input) {\n      moves {\n        fromAgent {\n          displayName\n        }\n        toAgent {\n          displayName\n        }\n        explanation\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistRebalance($input: RebalanceTicketsInput!) {\n    rebalanceTickets(input: $input) {\n      moves {\n        fromAgent {\n          displayName\n        }\n        toAgent {\n          displayName\n        }\n        explanation\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistOpen($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DistOpen($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DistComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DistComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistHistory($id: ID) {\n    ticket(id: $id) {\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistHistory($id: ID) {\n    ticket(id: $id) {\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAdmCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAdmCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAdmUpdateSmtp($input: UpdateSmtpAccountInput!) {\n    updateSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        hasPassword\n        isDefault\n        port\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAdmUpdateSmtp($input: UpdateSmtpAccountInput!) {\n    updateSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        hasPassword\n        isDefault\n        port\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmListSmtp($brandId: ID) {\n    smtpAccounts(brandId: $brandId) {\n      id\n      isDefault\n      hasPassword\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmListSmtp($brandId: ID) {\n    smtpAccounts(brandId: $brandId) {\n      id\n      isDefault\n      hasPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmSmtpFields {\n    __type(name: \"SmtpAccount\") {\n      fields {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmSmtpFields {\n    __type(name: \"SmtpAccount\") {\n      fields {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAdmSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n        blacklist\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAdmSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n        blacklist\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAdmReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAdmReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAdmRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAdmRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmTemplates($brandId: ID!) {\n    emailTemplates(brandId: $brandId) {\n      kind\n      subject\n      html\n      isDefault\n      variables\n      requiredVariables\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmTemplates($brandId: ID!) {\n    emailTemplates(brandId: $brandId) {\n      kind\n      subject\n      html\n      isDefault\n      variables\n      requiredVariables\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAdmUpdateTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      emailTemplate {\n        kind\n        html\n        isDefault\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAdmUpdateTemplate($input: UpdateEmailTemplateInput!) {\n    updateEmailTemplate(input: $input) {\n      emailTemplate {\n        kind\n        html\n        isDefault\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailAdmResetTemplate($input: ResetEmailTemplateInput!) {\n    resetEmailTemplate(input: $input) {\n      emailTemplate {\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailAdmResetTemplate($input: ResetEmailTemplateInput!) {\n    resetEmailTemplate(input: $input) {\n      emailTemplate {\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmPreview($brandId: ID!, $kind: EmailTemplateKind!) {\n    previewEmailTemplate(brandId: $brandId, kind: $kind) {\n      subject\n      html\n      text\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmPreview($brandId: ID!, $kind: EmailTemplateKind!) {\n    previewEmailTemplate(brandId: $brandId, kind: $kind) {\n      subject\n      html\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmSettingsQuery {\n    emailSettings {\n      deliveryDelaySeconds\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmSettingsQuery {\n    emailSettings {\n      deliveryDelaySeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmMailAccounts {\n    mailAccounts {\n      id\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmMailAccounts {\n    mailAccounts {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAdmIncoming {\n    incomingMails {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EmailAdmIncoming {\n    incomingMails {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailCopyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailCopyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailCopyCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailCopyCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailCopySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailCopySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailActCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailActCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailActSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailActSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailActCreateCanned($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailActCreateCanned($input: CreateCannedReplyInput!) {\n    createCannedReply(input: $input) {\n      cannedReply {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailInCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailInCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailInCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n        protocol\n        port\n        hasPassword\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailInCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n        protocol\n        port\n        hasPassword\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailInSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailInSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      emailSettings {\n        deliveryDelaySeconds\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailInSpool($status: IncomingMailStatus, $mailAccountId: ID) {\n    incomingMails(status: $status, mailAccountId: $mailAccountId, first: 100) {\n      totalCount\n      nodes {\n        id\n        uid\n        status\n        note\n        subject\n        fromAddress\n        messageId\n        ticketId\n        size\n        raw\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailInSpool($status: IncomingMailStatus, $mailAccountId: ID) {\n    incomingMails(status: $status, mailAccountId: $mailAccountId, first: 100) {\n      totalCount\n      nodes {\n        id\n        uid\n        status\n        note\n        subject\n        fromAddress\n        messageId\n        ticketId\n        size\n        raw\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailInSpoolSorted($sort: MailSpoolSort, $direction: SortDirection) {\n    incomingMails(sort: $sort, direction: $direction, first: 100) {\n      totalCount\n      nodes {\n        id\n        subject\n        size\n        createdAt\n        ticketId\n        raw\n        messageId\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailInSpoolSorted($sort: MailSpoolSort, $direction: SortDirection) {\n    incomingMails(sort: $sort, direction: $direction, first: 100) {\n      totalCount\n      nodes {\n        id\n        subject\n        size\n        createdAt\n        ticketId\n        raw\n        messageId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailInDelete($input: SpoolMessagesInput!) {\n    deleteIncomingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailInDelete($input: SpoolMessagesInput!) {\n    deleteIncomingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailInTicket($id: ID!) {\n    node(id: $id) {\n      ... on Ticket {\n        ticketNumber\n        subject\n        source\n        status\n        requesterEmail\n        department {\n          id\n        }\n        messages {\n          direction\n          fromAddress\n          textBody\n          cc\n        }\n        attachments {\n          fileName\n          size\n          contentType\n        }\n        comments {\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailInTicket($id: ID!) {\n    node(id: $id) {\n      ... on Ticket {\n        ticketNumber\n        subject\n        source\n        status\n        requesterEmail\n        department {\n          id\n        }\n        messages {\n          direction\n          fromAddress\n          textBody\n          cc\n        }\n        attachments {\n          fileName\n          size\n          contentType\n        }\n        comments {\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailInRetry($input: SpoolMessagesInput!) {\n    retryIncomingMails(input: $input) {\n      incomingMails {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailInRetry($input: SpoolMessagesInput!) {\n    retryIncomingMails(input: $input) {\n      incomingMails {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailNpProfiles($system: Boolean) {\n    notificationProfiles(system: $system) {\n      id\n      name\n      isDefault\n      emailAddresses\n      emailEnabled\n      smsAddresses\n      smsEnabled\n      showReminder\n    }\n  }\n"): (typeof documents)["\n  query EmailNpProfiles($system: Boolean) {\n    notificationProfiles(system: $system) {\n      id\n      name\n      isDefault\n      emailAddresses\n      emailEnabled\n      smsAddresses\n      smsEnabled\n      showReminder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNpCreate($input: CreateNotificationProfileInput!) {\n    createNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        name\n        isDefault\n        emailAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNpCreate($input: CreateNotificationProfileInput!) {\n    createNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        name\n        isDefault\n        emailAddresses\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNpUpdate($input: UpdateNotificationProfileInput!) {\n    updateNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        isDefault\n        emailAddresses\n        smsAddresses\n        smsEnabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNpUpdate($input: UpdateNotificationProfileInput!) {\n    updateNotificationProfile(input: $input) {\n      notificationProfile {\n        id\n        isDefault\n        emailAddresses\n        smsAddresses\n        smsEnabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNpDelete($input: DeleteNotificationProfileInput!) {\n    deleteNotificationProfile(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNpDelete($input: DeleteNotificationProfileInput!) {\n    deleteNotificationProfile(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNpCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNpCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNpSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNpSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmailNpReminders {\n    eventReminders {\n      ruleName\n      scope\n      text\n    }\n  }\n"): (typeof documents)["\n  subscription EmailNpReminders {\n    eventReminders {\n      ruleName\n      scope\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNotifyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNotifyCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNotifySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNotifySettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailNotifyStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailNotifyStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailOutCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailOutCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      smtpAccount {\n        id\n        server\n        port\n        emailAddress\n        hasPassword\n        isDefault\n        departmentId\n        brandId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailOutReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailOutReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOutSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailOutSpool(\n    $status: OutgoingMailStatus\n    $sort: MailSpoolSort\n    $direction: SortDirection\n    $ticketId: ID\n  ) {\n    outgoingMails(status: $status, sort: $sort, direction: $direction, ticketId: $ticketId, first: 50) {\n      totalCount\n      nodes {\n        id\n        kind\n        status\n        subject\n        messageId\n        fromAddress\n        recipients\n        attempts\n        lastError\n        size\n        sentAt\n        ticketId\n        raw\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailOutRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailOutRetry($input: SpoolMessagesInput!) {\n    retryOutgoingMails(input: $input) {\n      outgoingMails {\n        id\n        status\n        attempts\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailOutDelete($input: SpoolMessagesInput!) {\n    deleteOutgoingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailOutDelete($input: SpoolMessagesInput!) {\n    deleteOutgoingMails(input: $input) {\n      deletedIds\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailProvCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailProvCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailProvConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailProvSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailProvSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailProvDeliveries {\n    providerDeliveries(kind: TICKETS, first: 10) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailProvDeliveries {\n    providerDeliveries(kind: TICKETS, first: 10) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailProvIncoming {\n    incomingMails(first: 50) {\n      nodes {\n        subject\n        status\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailProvIncoming {\n    incomingMails(first: 50) {\n      nodes {\n        subject\n        status\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailRulesCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailRulesCreateSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailRulesCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailRulesCreateAccount($input: CreateMailAccountInput!) {\n    createMailAccount(input: $input) {\n      mailAccount {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailRulesUpdateAccount($input: UpdateMailAccountInput!) {\n    updateMailAccount(input: $input) {\n      mailAccount {\n        acceptNewTickets\n        startTicketsRoleId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailRulesUpdateAccount($input: UpdateMailAccountInput!) {\n    updateMailAccount(input: $input) {\n      mailAccount {\n        acceptNewTickets\n        startTicketsRoleId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailRulesSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailRulesSettings($input: UpdateEmailSettingsInput!) {\n    updateEmailSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmailRulesResponder($input: CreateAutoresponderInput!) {\n    createAutoresponder(input: $input) {\n      autoresponder {\n        id\n        departmentIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EmailRulesResponder($input: CreateAutoresponderInput!) {\n    createAutoresponder(input: $input) {\n      autoresponder {\n        id\n        departmentIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailRulesIncoming($status: IncomingMailStatus) {\n    incomingMails(status: $status, first: 100) {\n      nodes {\n        subject\n        status\n        note\n        fromAddress\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailRulesIncoming($status: IncomingMailStatus) {\n    incomingMails(status: $status, first: 100) {\n      nodes {\n        subject\n        status\n        note\n        fromAddress\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvChatActStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvChatActStart($input: StartChatInput!) {\n    startChat(input: $input) {\n      visitorToken\n      chat {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvChatActSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvChatActSend($input: SendChatMessageInput!) {\n    sendChatMessage(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvCondEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvCondEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvCondTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvCondTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvCondProvider($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvCondProvider($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EvEngineHours($input: SetDepartmentBusinessHoursInput!) {\n        setDepartmentBusinessHours(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EvEngineHours($input: SetDepartmentBusinessHoursInput!) {\n        setDepartmentBusinessHours(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EvEngineHoliday($input: AddDepartmentHolidayInput!) {\n        addDepartmentHoliday(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EvEngineHoliday($input: AddDepartmentHolidayInput!) {\n        addDepartmentHoliday(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EvEngineField($input: CreateCustomFieldInput!) {\n        createCustomField(input: $input) {\n          customField {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EvEngineField($input: CreateCustomFieldInput!) {\n        createCustomField(input: $input) {\n          customField {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EvEngineStatus($input: ChangeTicketStatusInput!) {\n        changeTicketStatus(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EvEngineStatus($input: ChangeTicketStatusInput!) {\n        changeTicketStatus(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvEngineEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvEngineEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 50) {\n      totalCount\n      nodes {\n        id\n        ruleName\n        eventType\n        eventTypeId\n        domainEventType\n        outcome\n        reason\n        subjectId\n        rule {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          attempts\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvEngineTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvEngineTicket($id: ID!) {\n    ticket(id: $id) {\n      status\n      priority\n      comments {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvEngineReminders {\n    eventReminders {\n      ruleName\n      eventType\n      subjectId\n      text\n    }\n  }\n"): (typeof documents)["\n  subscription EvEngineReminders {\n    eventReminders {\n      ruleName\n      eventType\n      subjectId\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EvEngineChangePriority($input: ChangeTicketPriorityInput!) {\n        changeTicketPriority(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EvEngineChangePriority($input: ChangeTicketPriorityInput!) {\n        changeTicketPriority(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvManualTrigger($input: TriggerManualEventInput!) {\n    triggerManualEvent(input: $input) {\n      matched\n      evaluation {\n        eventType\n        outcome\n        actions {\n          action\n          outcome\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvManualTrigger($input: TriggerManualEventInput!) {\n    triggerManualEvent(input: $input) {\n      matched\n      evaluation {\n        eventType\n        outcome\n        actions {\n          action\n          outcome\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvManualTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      comments {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvManualTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      comments {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvAccessCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvAccessCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvAccessUpdateRule($input: UpdateEventRuleInput!) {\n    updateEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        actions {\n          id\n          action\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvAccessUpdateRule($input: UpdateEventRuleInput!) {\n    updateEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        actions {\n          id\n          action\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvAccessDeleteRule($input: DeleteEventRuleInput!) {\n    deleteEventRule(input: $input) {\n      deletedEventRuleId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvAccessDeleteRule($input: DeleteEventRuleInput!) {\n    deleteEventRule(input: $input) {\n      deletedEventRuleId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvAccessEnableRules($input: SetEventRulesEnabledInput!) {\n    setEventRulesEnabled(input: $input) {\n      eventRules {\n        id\n        enabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvAccessEnableRules($input: SetEventRulesEnabledInput!) {\n    setEventRulesEnabled(input: $input) {\n      eventRules {\n        id\n        enabled\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvAccessRules($scope: EventRuleScope, $category: EventCategory) {\n    eventRules(scope: $scope, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scope\n        owner {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvAccessRules($scope: EventRuleScope, $category: EventCategory) {\n    eventRules(scope: $scope, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        name\n        scope\n        owner {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvAccessRule($id: ID!) {\n    eventRule(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EvAccessRule($id: ID!) {\n    eventRule(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvAccessSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      settings {\n        stopIdleEventsAfterDays\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvAccessSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      settings {\n        stopIdleEventsAfterDays\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvCatalog {\n    eventCatalog {\n      categories {\n        key\n        systemOnly\n        eventTypes {\n          key\n          name\n          numericId\n          documentedId\n          available\n          systemOnly\n          sources {\n            domainEventType\n            whereField\n            whereValue\n            emitted\n          }\n        }\n        conditions {\n          key\n          valueType\n          operators\n          referenceType\n          enumValues\n        }\n        actions {\n          key\n          oncePerItem\n          systemOnly\n          implemented\n          parameters {\n            key\n            required\n          }\n        }\n      }\n      operators {\n        operator\n        minValues\n        maxValues\n      }\n      uncategorizedEventTypes {\n        numericId\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvCatalog {\n    eventCatalog {\n      categories {\n        key\n        systemOnly\n        eventTypes {\n          key\n          name\n          numericId\n          documentedId\n          available\n          systemOnly\n          sources {\n            domainEventType\n            whereField\n            whereValue\n            emitted\n          }\n        }\n        conditions {\n          key\n          valueType\n          operators\n          referenceType\n          enumValues\n        }\n        actions {\n          key\n          oncePerItem\n          systemOnly\n          implemented\n          parameters {\n            key\n            required\n          }\n        }\n      }\n      operators {\n        operator\n        minValues\n        maxValues\n      }\n      uncategorizedEventTypes {\n        numericId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      eventRule {\n        id\n        name\n        enabled\n        scope\n        category\n        eventType\n        eventTypeId\n        eventTypeName\n        owner {\n          id\n        }\n        conditions {\n          key\n          operator\n          values\n          customField\n        }\n        actions {\n          id\n          action\n          maximumFrequencyMinutes\n          parameters {\n            key\n            value\n          }\n        }\n      }\n      warnings {\n        code\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvSlaEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 100) {\n      nodes {\n        ruleName\n        outcome\n        reason\n        eventType\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvSlaEvaluations($ruleId: ID, $subjectId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, subjectId: $subjectId, first: 100) {\n      nodes {\n        ruleName\n        outcome\n        reason\n        eventType\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvSlaTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      group {\n        id\n      }\n      comments {\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvSlaTicket($id: ID!) {\n    ticket(id: $id) {\n      priority\n      group {\n        id\n      }\n      comments {\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvSlaHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvSlaHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvSlaReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvSlaReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvSlaDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvSlaDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvSlaSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvSlaSettings($input: UpdateEventSettingsInput!) {\n    updateEventSettings(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation EvSlaStartChat($input: StartChatInput!) {\n        startChat(input: $input) {\n          chat {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation EvSlaStartChat($input: StartChatInput!) {\n        startChat(input: $input) {\n          chat {\n            id\n          }\n          userErrors {\n            code\n            message\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTicketActStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTicketActStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTicketActPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTicketActPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTicketActBrandHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTicketActBrandHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTicketActBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTicketActBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTicketActCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      warnings {\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTicketActCreateRule($input: CreateEventRuleInput!) {\n    createEventRule(input: $input) {\n      warnings {\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvTypesEvaluations($ruleId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, first: 100) {\n      totalCount\n      nodes {\n        eventType\n        eventTypeId\n        domainEventType\n        subjectId\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EvTypesEvaluations($ruleId: ID) {\n    eventRuleEvaluations(ruleId: $ruleId, first: 100) {\n      totalCount\n      nodes {\n        eventType\n        eventTypeId\n        domainEventType\n        subjectId\n        conditions {\n          key\n          actual\n          matched\n        }\n        actions {\n          action\n          outcome\n          message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTypesAddTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTypesAddTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTypesEditTimeLog($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTypesEditTimeLog($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTypesReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTypesReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTypesSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTypesSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTypesRequestClose($input: RequestTicketCloseInput!) {\n    requestTicketClose(input: $input) {\n      ticket {\n        status\n        comments {\n          text\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTypesRequestClose($input: RequestTicketCloseInput!) {\n    requestTicketClose(input: $input) {\n      ticket {\n        status\n        comments {\n          text\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvTypesStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvTypesStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobList($status: JobStatus, $kind: String, $first: Int) {\n    jobs(status: $status, kind: $kind, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        key\n        status\n        attempts\n        maxAttempts\n        lastError\n        payload\n        runAt\n        finishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobList($status: JobStatus, $kind: String, $first: Int) {\n    jobs(status: $status, kind: $kind, first: $first) {\n      totalCount\n      nodes {\n        id\n        kind\n        key\n        status\n        attempts\n        maxAttempts\n        lastError\n        payload\n        runAt\n        finishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      job {\n        id\n        status\n        attempts\n        finishedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobRetry($input: RetryJobInput!) {\n    retryJob(input: $input) {\n      job {\n        id\n        status\n        attempts\n        finishedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobCancel($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        status\n        finishedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobCancel($input: CancelJobInput!) {\n    cancelJob(input: $input) {\n      job {\n        id\n        status\n        finishedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Job {\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query JobNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Job {\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgBrandLifeRead($id: ID!) {\n    brand(id: $id) {\n      id\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgBrandLifeRead($id: ID!) {\n    brand(id: $id) {\n      id\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgBrandLifeList {\n    brands(first: 10) {\n      nodes {\n        id\n        isDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgBrandLifeList {\n    brands(first: 10) {\n      nodes {\n        id\n        isDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandLifeCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandLifeCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandLifeSetDefault($input: BrandIdInput!) {\n    setDefaultBrand(input: $input) {\n      brand {\n        id\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandLifeSetDefault($input: BrandIdInput!) {\n    setDefaultBrand(input: $input) {\n      brand {\n        id\n        isDefault\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandLifeHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      brand {\n        businessHours {\n          dayOfWeek\n          start\n          end\n          closed\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandLifeHours($input: SetBrandBusinessHoursInput!) {\n    setBrandBusinessHours(input: $input) {\n      brand {\n        businessHours {\n          dayOfWeek\n          start\n          end\n          closed\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandLifeAddHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n        name\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandLifeAddHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n        name\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandLifeRemoveHoliday($input: RemoveHolidayInput!) {\n    removeBrandHoliday(input: $input) {\n      removedHolidayId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandLifeRemoveHoliday($input: RemoveHolidayInput!) {\n    removeBrandHoliday(input: $input) {\n      removedHolidayId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandLifeDelete($input: BrandIdInput!) {\n    deleteBrand(input: $input) {\n      deletedBrandId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandLifeDelete($input: BrandIdInput!) {\n    deleteBrand(input: $input) {\n      deletedBrandId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandLifeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandLifeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgBrandRead($id: ID!) {\n    brand(id: $id) {\n      id\n      name\n      hostHeaders\n      isDefault\n      companyWebsite\n      enableCookieDisclaimer\n      defaultFont\n      googleAnalyticsSiteId\n      displayLogoOnPortal\n      permissions {\n        minimumPostsToPostLinks\n        usersCanChangePassword\n        newFeedbackStartsModerated\n        viewCommunityRole {\n          predefined\n        }\n        postLinksInPortalRole {\n          predefined\n        }\n        viewTicketsRole {\n          id\n          predefined\n        }\n      }\n      portal {\n        primaryColor\n        secondaryColor\n        primaryButtonColor\n        secondaryButtonColor\n        buttonTextColor\n        contentBackgroundColor\n        navigationBarColor\n        textColor\n        linkColor\n        customCss\n        privacyPolicyUrl\n        privacyPolicyEnabled\n        displayLiveChatInPortal\n      }\n      cookieDisclaimer {\n        enabled\n        text\n        primaryColor\n        secondaryColor\n        version\n      }\n      customMessages {\n        mainPortalAnnouncement\n        additionalPortalFooter\n      }\n      businessHours {\n        dayOfWeek\n        start\n        end\n        closed\n      }\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgBrandRead($id: ID!) {\n    brand(id: $id) {\n      id\n      name\n      hostHeaders\n      isDefault\n      companyWebsite\n      enableCookieDisclaimer\n      defaultFont\n      googleAnalyticsSiteId\n      displayLogoOnPortal\n      permissions {\n        minimumPostsToPostLinks\n        usersCanChangePassword\n        newFeedbackStartsModerated\n        viewCommunityRole {\n          predefined\n        }\n        postLinksInPortalRole {\n          predefined\n        }\n        viewTicketsRole {\n          id\n          predefined\n        }\n      }\n      portal {\n        primaryColor\n        secondaryColor\n        primaryButtonColor\n        secondaryButtonColor\n        buttonTextColor\n        contentBackgroundColor\n        navigationBarColor\n        textColor\n        linkColor\n        customCss\n        privacyPolicyUrl\n        privacyPolicyEnabled\n        displayLiveChatInPortal\n      }\n      cookieDisclaimer {\n        enabled\n        text\n        primaryColor\n        secondaryColor\n        version\n      }\n      customMessages {\n        mainPortalAnnouncement\n        additionalPortalFooter\n      }\n      businessHours {\n        dayOfWeek\n        start\n        end\n        closed\n      }\n      holidays {\n        id\n        name\n        date\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgBrandList {\n    brands(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        isDefault\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgBrandList {\n    brands(first: 10) {\n      totalCount\n      nodes {\n        id\n        name\n        isDefault\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n        name\n        hostHeaders\n        isDefault\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandCreate($input: CreateBrandInput!) {\n    createBrand(input: $input) {\n      brand {\n        id\n        name\n        hostHeaders\n        isDefault\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgBrandUpdate($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      brand {\n        id\n        name\n        companyWebsite\n        permissions {\n          minimumPostsToPostLinks\n          viewTicketsRole {\n            predefined\n          }\n          viewNewsRole {\n            predefined\n          }\n        }\n        portal {\n          primaryColor\n          privacyPolicyEnabled\n        }\n        cookieDisclaimer {\n          text\n          version\n        }\n        customMessages {\n          mainPortalAnnouncement\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgBrandUpdate($input: UpdateBrandInput!) {\n    updateBrand(input: $input) {\n      brand {\n        id\n        name\n        companyWebsite\n        permissions {\n          minimumPostsToPostLinks\n          viewTicketsRole {\n            predefined\n          }\n          viewNewsRole {\n            predefined\n          }\n        }\n        portal {\n          primaryColor\n          privacyPolicyEnabled\n        }\n        cookieDisclaimer {\n          text\n          version\n        }\n        customMessages {\n          mainPortalAnnouncement\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDelCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDelCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgDelReadDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OrgDelReadDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDelDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n      itemsMovedTo {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDelDeleteDepartment($input: DeleteDepartmentInput!) {\n    deleteDepartment(input: $input) {\n      deletedDepartmentId\n      itemsMovedTo {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDelCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDelCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDelAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDelAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDelDeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDelDeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgDeptFields on Department {\n    id\n    name\n    preferredLanguage\n    allowAllAgentsToFindItemsInAdvancedSearch\n    allowManagersOutsideToView\n    markTimeLogsBillableByDefault\n    inheritBusinessHoursFromBrand\n    inheritHolidaysFromBrand\n    brand {\n      id\n    }\n    frontLineGroup {\n      id\n      name\n      isFrontLine\n    }\n    groups {\n      id\n      name\n      isFrontLine\n    }\n    tickets {\n      autoCloseAfterHours\n      autoLockAfterHours\n      autoDeleteAfterDays\n      requireResolutionToClose\n      requireAllTasksCompletedToClose\n      notifyCustomerOnAutoClose\n      newTicketsInPortalRole {\n        predefined\n      }\n    }\n    callLogs {\n      callLogAutoDeleteAfterDays\n    }\n    customMessages {\n      beforeTicketSubmissionMessage\n      afterTicketSubmissionMessage\n    }\n    businessHours {\n      dayOfWeek\n      start\n      end\n    }\n    effectiveBusinessHours {\n      dayOfWeek\n      start\n      end\n    }\n    holidays {\n      id\n      date\n    }\n    effectiveHolidays {\n      date\n    }\n  }\n"): (typeof documents)["\n  fragment OrgDeptFields on Department {\n    id\n    name\n    preferredLanguage\n    allowAllAgentsToFindItemsInAdvancedSearch\n    allowManagersOutsideToView\n    markTimeLogsBillableByDefault\n    inheritBusinessHoursFromBrand\n    inheritHolidaysFromBrand\n    brand {\n      id\n    }\n    frontLineGroup {\n      id\n      name\n      isFrontLine\n    }\n    groups {\n      id\n      name\n      isFrontLine\n    }\n    tickets {\n      autoCloseAfterHours\n      autoLockAfterHours\n      autoDeleteAfterDays\n      requireResolutionToClose\n      requireAllTasksCompletedToClose\n      notifyCustomerOnAutoClose\n      newTicketsInPortalRole {\n        predefined\n      }\n    }\n    callLogs {\n      callLogAutoDeleteAfterDays\n    }\n    customMessages {\n      beforeTicketSubmissionMessage\n      afterTicketSubmissionMessage\n    }\n    businessHours {\n      dayOfWeek\n      start\n      end\n    }\n    effectiveBusinessHours {\n      dayOfWeek\n      start\n      end\n    }\n    holidays {\n      id\n      date\n    }\n    effectiveHolidays {\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgDeptRead($id: ID!) {\n    department(id: $id) {\n      ...OrgDeptFields\n    }\n  }\n"): (typeof documents)["\n  query OrgDeptRead($id: ID!) {\n    department(id: $id) {\n      ...OrgDeptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgDeptList($brandId: ID) {\n    departments(brandId: $brandId, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgDeptList($brandId: ID) {\n    departments(brandId: $brandId, first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDeptCreate($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDeptCreate($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDeptUpdate($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDeptUpdate($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDeptClone($input: CloneDepartmentInput!) {\n    cloneDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDeptClone($input: CloneDepartmentInput!) {\n    cloneDepartment(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDeptHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDeptHours($input: SetDepartmentBusinessHoursInput!) {\n    setDepartmentBusinessHours(input: $input) {\n      department {\n        ...OrgDeptFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDeptAddHoliday($input: AddDepartmentHolidayInput!) {\n    addDepartmentHoliday(input: $input) {\n      holiday {\n        id\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDeptAddHoliday($input: AddDepartmentHolidayInput!) {\n    addDepartmentHoliday(input: $input) {\n      holiday {\n        id\n        date\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDeptAddBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDeptAddBrandHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgDeptCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgDeptCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGroupCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGroupCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgGroupFields on Group {\n    id\n    name\n    isFrontLine\n    roundRobin\n    agentCount\n    department {\n      id\n    }\n    timeEstimates {\n      ticketCreatedMinutes\n      ticketTransferredMinutes\n      ticketMessageInMinutes\n      ticketMessageOutMinutes\n      liveChatStartedMinutes\n      liveChatTransferredMinutes\n    }\n  }\n"): (typeof documents)["\n  fragment OrgGroupFields on Group {\n    id\n    name\n    isFrontLine\n    roundRobin\n    agentCount\n    department {\n      id\n    }\n    timeEstimates {\n      ticketCreatedMinutes\n      ticketTransferredMinutes\n      ticketMessageInMinutes\n      ticketMessageOutMinutes\n      liveChatStartedMinutes\n      liveChatTransferredMinutes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGroupCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGroupCreate($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGroupUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGroupUpdate($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        ...OrgGroupFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGroupDelete($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGroupDelete($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgGroupRead($id: ID!) {\n    group(id: $id) {\n      ...OrgGroupFields\n      memberships {\n        id\n        ticketHandling\n        chatHandling\n        employee {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgGroupRead($id: ID!) {\n    group(id: $id) {\n      ...OrgGroupFields\n      memberships {\n        id\n        ticketHandling\n        chatHandling\n        employee {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgMembershipFields on AgentGroupMembership {\n    id\n    ticketHandling\n    maxTickets\n    chatHandling\n    autoInactiveEnabled\n    autoInactiveMinutes\n    handOffOnAutoInactive\n    goActiveOnLogin\n    ticketsActive\n    chatsActive\n    employee {\n      id\n      username\n    }\n    group {\n      id\n      agentCount\n    }\n  }\n"): (typeof documents)["\n  fragment OrgMembershipFields on AgentGroupMembership {\n    id\n    ticketHandling\n    maxTickets\n    chatHandling\n    autoInactiveEnabled\n    autoInactiveMinutes\n    handOffOnAutoInactive\n    goActiveOnLogin\n    ticketsActive\n    chatsActive\n    employee {\n      id\n      username\n    }\n    group {\n      id\n      agentCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGroupAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGroupAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGroupUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n    updateAgentGroupMembership(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGroupUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n    updateAgentGroupMembership(input: $input) {\n      membership {\n        ...OrgMembershipFields\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgGroupRemoveAgent($input: RemoveAgentFromGroupInput!) {\n    removeAgentFromGroup(input: $input) {\n      removedMembershipId\n      group {\n        agentCount\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgGroupRemoveAgent($input: RemoveAgentFromGroupInput!) {\n    removeAgentFromGroup(input: $input) {\n      removedMembershipId\n      group {\n        agentCount\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgGroupMine {\n    me {\n      ... on Employee {\n        groupMemberships {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgGroupMine {\n    me {\n      ... on Employee {\n        groupMemberships {\n          group {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgTreeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgTreeCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgTreeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgTreeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgTreeRead {\n    departments(first: 50) {\n      nodes {\n        name\n        agentCount\n        brand {\n          name\n        }\n        frontLineGroup {\n          name\n        }\n        groups {\n          name\n          roundRobin\n          memberships {\n            ticketHandling\n            employee {\n              username\n            }\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgTreeRead {\n    departments(first: 50) {\n      nodes {\n        name\n        agentCount\n        brand {\n          name\n        }\n        frontLineGroup {\n          name\n        }\n        groups {\n          name\n          roundRobin\n          memberships {\n            ticketHandling\n            employee {\n              username\n            }\n            group {\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgPermArrange($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgPermArrange($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgPermArrangeMember($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgPermArrangeMember($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgPermArrangeHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgPermArrangeHoliday($input: AddBrandHolidayInput!) {\n    addBrandHoliday(input: $input) {\n      holiday {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermCreateBrand($input: CreateBrandInput!) {\n      createBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermCreateBrand($input: CreateBrandInput!) {\n      createBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermUpdateBrand($input: UpdateBrandInput!) {\n      updateBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermUpdateBrand($input: UpdateBrandInput!) {\n      updateBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermSetDefaultBrand($input: BrandIdInput!) {\n      setDefaultBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermSetDefaultBrand($input: BrandIdInput!) {\n      setDefaultBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermBrandHours($input: SetBrandBusinessHoursInput!) {\n      setBrandBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermBrandHours($input: SetBrandBusinessHoursInput!) {\n      setBrandBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermAddBrandHoliday($input: AddBrandHolidayInput!) {\n      addBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermAddBrandHoliday($input: AddBrandHolidayInput!) {\n      addBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermRemoveBrandHoliday($input: RemoveHolidayInput!) {\n      removeBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermRemoveBrandHoliday($input: RemoveHolidayInput!) {\n      removeBrandHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermDeleteBrand($input: BrandIdInput!) {\n      deleteBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermDeleteBrand($input: BrandIdInput!) {\n      deleteBrand(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermCreateDepartment($input: CreateDepartmentInput!) {\n      createDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermCreateDepartment($input: CreateDepartmentInput!) {\n      createDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermUpdateDepartment($input: UpdateDepartmentInput!) {\n      updateDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermUpdateDepartment($input: UpdateDepartmentInput!) {\n      updateDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermCloneDepartment($input: CloneDepartmentInput!) {\n      cloneDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermCloneDepartment($input: CloneDepartmentInput!) {\n      cloneDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermDeleteDepartment($input: DeleteDepartmentInput!) {\n      deleteDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermDeleteDepartment($input: DeleteDepartmentInput!) {\n      deleteDepartment(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermDepartmentHours($input: SetDepartmentBusinessHoursInput!) {\n      setDepartmentBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermDepartmentHours($input: SetDepartmentBusinessHoursInput!) {\n      setDepartmentBusinessHours(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermAddDepartmentHoliday($input: AddDepartmentHolidayInput!) {\n      addDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermAddDepartmentHoliday($input: AddDepartmentHolidayInput!) {\n      addDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermRemoveDepartmentHoliday($input: RemoveHolidayInput!) {\n      removeDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermRemoveDepartmentHoliday($input: RemoveHolidayInput!) {\n      removeDepartmentHoliday(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermCreateGroup($input: CreateGroupInput!) {\n      createGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermCreateGroup($input: CreateGroupInput!) {\n      createGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermUpdateGroup($input: UpdateGroupInput!) {\n      updateGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermUpdateGroup($input: UpdateGroupInput!) {\n      updateGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermDeleteGroup($input: DeleteGroupInput!) {\n      deleteGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermDeleteGroup($input: DeleteGroupInput!) {\n      deleteGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermAddAgent($input: AddAgentToGroupInput!) {\n      addAgentToGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermAddAgent($input: AddAgentToGroupInput!) {\n      addAgentToGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n      updateAgentGroupMembership(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermUpdateMembership($input: UpdateAgentGroupMembershipInput!) {\n      updateAgentGroupMembership(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation OrgPermRemoveAgent($input: RemoveAgentFromGroupInput!) {\n      removeAgentFromGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation OrgPermRemoveAgent($input: RemoveAgentFromGroupInput!) {\n      removeAgentFromGroup(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgScopeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgScopeCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n        frontLineGroup {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgScopeUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgScopeUpdateDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrgScopeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OrgScopeAddAgent($input: AddAgentToGroupInput!) {\n    addAgentToGroup(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgScopeLists($departmentId: ID) {\n    departments(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    groups(first: 50, departmentId: $departmentId) {\n      totalCount\n      nodes {\n        id\n        department {\n          id\n        }\n      }\n    }\n    brands(first: 10) {\n      nodes {\n        departments {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgScopeLists($departmentId: ID) {\n    departments(first: 50) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n    groups(first: 50, departmentId: $departmentId) {\n      totalCount\n      nodes {\n        id\n        department {\n          id\n        }\n      }\n    }\n    brands(first: 10) {\n      nodes {\n        departments {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgScopeDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query OrgScopeDepartment($id: ID!) {\n    department(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgScopeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      memberships {\n        employee {\n          id\n          groupMemberships {\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgScopeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      memberships {\n        employee {\n          id\n          groupMemberships {\n            group {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n"): (typeof documents)["\n  query OrgScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      __typename\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgScopeBrands {\n    brands {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query OrgScopeBrands {\n    brands {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresAgentPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        employeeId\n        online\n        availability\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PresAgentPresenceChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        employeeId\n        online\n        availability\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresDashboardCounts {\n    dashboardCounts {\n      byAgent {\n        status {\n          displayName\n          online\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PresDashboardCounts {\n    dashboardCounts {\n      byAgent {\n        status {\n          displayName\n          online\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresActiveGroupsChanged {\n    activeGroupsChanged {\n      status {\n        employeeId\n      }\n      groups {\n        ticketsActive\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PresActiveGroupsChanged {\n    activeGroupsChanged {\n      status {\n        employeeId\n      }\n      groups {\n        ticketsActive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresConnSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresConnSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PresDurableChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PresDurableChanged($employeeId: ID) {\n    agentPresenceChanged(employeeId: $employeeId) {\n      reason\n      status {\n        online\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresMyActiveGroups {\n    myActiveGroups {\n      status {\n        employeeId\n        availability\n        active\n      }\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n        callsActive\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresMyActiveGroups {\n    myActiveGroups {\n      status {\n        employeeId\n        availability\n        active\n      }\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n        callsActive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresAgentActiveGroups($employeeId: ID!) {\n    agentActiveGroups(employeeId: $employeeId) {\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresAgentActiveGroups($employeeId: ID!) {\n    agentActiveGroups(employeeId: $employeeId) {\n      groups {\n        groupId\n        ticketsActive\n        chatsActive\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n          chatsActive\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresSetMyActiveGroups($input: SetMyActiveGroupsInput!) {\n    setMyActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n          chatsActive\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresSetAgentActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresSetAgentActiveGroups($input: SetAgentActiveGroupsInput!) {\n    setAgentActiveGroups(input: $input) {\n      activeGroups {\n        groups {\n          groupId\n          ticketsActive\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresSetMyAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      status {\n        availability\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresSetMyAvailability($input: SetMyAvailabilityInput!) {\n    setMyAvailability(input: $input) {\n      status {\n        availability\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresDashboard {\n    activeAgentsDashboard {\n      byAgent {\n        status {\n          displayName\n          active\n        }\n        ticketGroups {\n          active\n          total\n        }\n      }\n      byGroup {\n        name\n        ticketAgents {\n          active\n          total\n        }\n      }\n      byDepartment {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresDashboard {\n    activeAgentsDashboard {\n      byAgent {\n        status {\n          displayName\n          active\n        }\n        ticketGroups {\n          active\n          total\n        }\n      }\n      byGroup {\n        name\n        ticketAgents {\n          active\n          total\n        }\n      }\n      byDepartment {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvChatConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvChatConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvChatCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvChatCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvChatCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvChatCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvChatDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        note\n        request\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvChatDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        note\n        request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvInProcConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        moduleSpecifier\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvInProcConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        moduleSpecifier\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvInProcCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvInProcCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvInProcSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvInProcSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvInProcTicket($id: ID!) {\n    ticket(id: $id) {\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvInProcTicket($id: ID!) {\n    ticket(id: $id) {\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvInProcDeliveries {\n    providerDeliveries(kind: TICKETS, first: 5) {\n      nodes {\n        method\n        outcome\n        target\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvInProcDeliveries {\n    providerDeliveries(kind: TICKETS, first: 5) {\n      nodes {\n        method\n        outcome\n        target\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginCfConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginCfConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginCfLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginCfLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginCfValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginCfValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLdapConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        ldap {\n          bindKind\n          baseDN\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLdapConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        transport\n        ldap {\n          bindKind\n          baseDN\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLdapLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          username\n          email\n          emailVerified\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLdapLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          id\n          username\n          email\n          emailVerified\n          displayName\n          authenticationMethod\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLdapDeliveries {\n    providerDeliveries(kind: LOGIN, first: 3) {\n      nodes {\n        method\n        outcome\n        target\n        request\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvLdapDeliveries {\n    providerDeliveries(kind: LOGIN, first: 3) {\n      nodes {\n        method\n        outcome\n        target\n        request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n          email\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 20) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n        response\n        status\n        error\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 20) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n        response\n        status\n        error\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvUserDetails($id: ID!) {\n    user(id: $id) {\n      externalDetailsHtml(ticketNumber: \"ABC-12345\")\n    }\n  }\n"): (typeof documents)["\n  query ProvUserDetails($id: ID!) {\n    user(id: $id) {\n      externalDetailsHtml(ticketNumber: \"ABC-12345\")\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginOptions {\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginOptions {\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginSettingsConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        id\n        kind\n        enabled\n        transport\n        webServiceUrl\n        hasPassword\n        hasSigningSecret\n        forgotPasswordUrl\n        customLoginUrl\n        markEmailVerified\n        enableSignInCookies\n        ldap {\n          url\n          bindKind\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginSettingsConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        id\n        kind\n        enabled\n        transport\n        webServiceUrl\n        hasPassword\n        hasSigningSecret\n        forgotPasswordUrl\n        customLoginUrl\n        markEmailVerified\n        enableSignInCookies\n        ldap {\n          url\n          bindKind\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginSettingsLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginSettingsLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n        account {\n          username\n          email\n          emailVerified\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginSettingsSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginSettingsSso($input: LoginWithSignInCookieInput!) {\n    loginWithSignInCookie(input: $input) {\n      session {\n        account {\n          username\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginSettingsEverything($id: ID!) {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      moduleSpecifier\n      moduleExport\n      timeoutMs\n      failurePolicy\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      effectiveTimeoutMs\n      effectiveFailurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        startTls\n        bindKind\n        dnTemplate\n        defaultDomain\n        upnSuffix\n        baseDN\n        filter\n        emailAttribute\n        displayNameAttribute\n        serviceAccountDn\n        hasServiceAccountPassword\n      }\n    }\n    externalProvider(kind: LOGIN) {\n      webServiceUrl\n      hasPassword\n      ldap {\n        hasServiceAccountPassword\n      }\n    }\n    node(id: $id) {\n      ... on ExternalProvider {\n        kind\n        hasPassword\n        hasSigningSecret\n        ldap {\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n    }\n    providerDeliveries(kind: LOGIN, first: 50) {\n      nodes {\n        method\n        target\n        request\n        response\n        error\n        note\n      }\n    }\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginSettingsEverything($id: ID!) {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      moduleSpecifier\n      moduleExport\n      timeoutMs\n      failurePolicy\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      effectiveTimeoutMs\n      effectiveFailurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        startTls\n        bindKind\n        dnTemplate\n        defaultDomain\n        upnSuffix\n        baseDN\n        filter\n        emailAttribute\n        displayNameAttribute\n        serviceAccountDn\n        hasServiceAccountPassword\n      }\n    }\n    externalProvider(kind: LOGIN) {\n      webServiceUrl\n      hasPassword\n      ldap {\n        hasServiceAccountPassword\n      }\n    }\n    node(id: $id) {\n      ... on ExternalProvider {\n        kind\n        hasPassword\n        hasSigningSecret\n        ldap {\n          serviceAccountDn\n          hasServiceAccountPassword\n        }\n      }\n    }\n    providerDeliveries(kind: LOGIN, first: 50) {\n      nodes {\n        method\n        target\n        request\n        response\n        error\n        note\n      }\n    }\n    loginOptions {\n      externalLoginEnabled\n      forgotPasswordUrl\n      customLoginUrl\n      signInCookiesEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginSettingsTypes {\n    __schema {\n      types {\n        name\n        fields {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginSettingsTypes {\n    __schema {\n      types {\n        name\n        fields {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginSettingsReadOne {\n    externalProvider(kind: LOGIN) {\n      kind\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginSettingsReadOne {\n    externalProvider(kind: LOGIN) {\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginSettingsReadDeliveries {\n    providerDeliveries(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginSettingsReadDeliveries {\n    providerDeliveries(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginSettingsReadNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginSettingsReadNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvLoginSettingsReadNodeFlags($id: ID!) {\n    node(id: $id) {\n      ... on ExternalProvider {\n        hasPassword\n        hasSigningSecret\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvLoginSettingsReadNodeFlags($id: ID!) {\n    node(id: $id) {\n      ... on ExternalProvider {\n        hasPassword\n        hasSigningSecret\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvLoginSettingsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvLoginSettingsToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvFaultConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvFaultConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvFaultCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvFaultCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvFaultSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvFaultSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvFaultTicketView($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvFaultTicketView($id: ID!) {\n    ticket(id: $id) {\n      subject\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvFaultStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvFaultStartChat($input: StartChatInput!) {\n    startChat(input: $input) {\n      chat {\n        id\n        department {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvFaultLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          username\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvFaultLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        account {\n          username\n          email\n          displayName\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvFaultDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 5) {\n      totalCount\n      nodes {\n        method\n        outcome\n        error\n        note\n        durationMs\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvFaultDeliveries($kind: ProviderKind, $outcome: String) {\n    providerDeliveries(kind: $kind, outcome: $outcome, first: 5) {\n      totalCount\n      nodes {\n        method\n        outcome\n        error\n        note\n        durationMs\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvProviders {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      effectiveFailurePolicy\n      effectiveTimeoutMs\n    }\n  }\n"): (typeof documents)["\n  query ProvProviders {\n    externalProviders {\n      id\n      kind\n      enabled\n      transport\n      webServiceUrl\n      hasPassword\n      hasSigningSecret\n      effectiveFailurePolicy\n      effectiveTimeoutMs\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvProvider($kind: ProviderKind!) {\n    externalProvider(kind: $kind) {\n      kind\n      enabled\n      webServiceUrl\n      hasPassword\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      failurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        hasServiceAccountPassword\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvProvider($kind: ProviderKind!) {\n    externalProvider(kind: $kind) {\n      kind\n      enabled\n      webServiceUrl\n      hasPassword\n      forgotPasswordUrl\n      customLoginUrl\n      markEmailVerified\n      enableSignInCookies\n      failurePolicy\n      defaultUserRole {\n        name\n      }\n      ldap {\n        url\n        hasServiceAccountPassword\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvUpdate($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n        hasSigningSecret\n        webServiceUrl\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvUpdate($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      externalProvider {\n        kind\n        enabled\n        hasPassword\n        hasSigningSecret\n        webServiceUrl\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvCallAgentView($id: ID!) {\n    ticket(id: $id) {\n      id\n      ticketNumber\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvCallAgentView($id: ID!) {\n    ticket(id: $id) {\n      id\n      ticketNumber\n      department {\n        name\n      }\n      customFields {\n        name\n        value\n      }\n      history(first: 20) {\n        nodes {\n          field\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvCallDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        error\n        note\n        request\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvCallDeliveries($kind: ProviderKind) {\n    providerDeliveries(kind: $kind, first: 5) {\n      nodes {\n        method\n        outcome\n        error\n        note\n        request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvCallForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvCallForm($departmentId: ID!, $step: CustomFieldFormStep) {\n    ticketSubmissionForm(departmentId: $departmentId, step: $step) {\n      canStartTickets\n      notAllowedMessage\n      fields {\n        name\n        required\n        listOptions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvCallAgentCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvCallAgentCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvCallTicketView($id: ID!) {\n    ticket(id: $id) {\n      requesterDetailsHtml\n    }\n  }\n"): (typeof documents)["\n  query ProvCallTicketView($id: ID!) {\n    ticket(id: $id) {\n      requesterDetailsHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvAllowConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvAllowConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvAllowCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvAllowCreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvAllowSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvAllowSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvAllowDeliveries {\n    providerDeliveries(kind: CUSTOM_FIELDS, first: 1) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProvAllowDeliveries {\n    providerDeliveries(kind: CUSTOM_FIELDS, first: 1) {\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvSyncUsers($input: SyncUsersInput!) {\n    syncUsers(input: $input) {\n      results {\n        outcome\n        email\n        user {\n          username\n          displayName\n          forcePasswordChange\n          disabled\n          externalId\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvSyncUsers($input: SyncUsersInput!) {\n    syncUsers(input: $input) {\n      results {\n        outcome\n        email\n        user {\n          username\n          displayName\n          forcePasswordChange\n          disabled\n          externalId\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvSetUserProperties($input: SetUserPropertiesInput!) {\n    setUserProperties(input: $input) {\n      outcome\n      user {\n        id\n        username\n        email\n        displayName\n        forcePasswordChange\n        externalId\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvSetUserProperties($input: SetUserPropertiesInput!) {\n    setUserProperties(input: $input) {\n      outcome\n      user {\n        id\n        username\n        email\n        displayName\n        forcePasswordChange\n        externalId\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProvSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ProvSyncToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n          username\n          email\n          displayName\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegRegisterUser($input: RegisterUserInput!) {\n    registerUser(input: $input) {\n      session {\n        accessToken\n        account {\n          id\n          username\n          email\n          displayName\n          authenticationMethod\n          roles {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegLogin($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        accessToken\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegConfigure($input: UpdateExternalProviderInput!) {\n    updateExternalProvider(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegUserValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegUserValues($id: ID!) {\n    user(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegDeliveries {\n    providerDeliveries(kind: REGISTRATION, first: 1) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegDeliveries {\n    providerDeliveries(kind: REGISTRATION, first: 1) {\n      totalCount\n      nodes {\n        method\n        outcome\n        request\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolePermCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RolePermCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RolePermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RolePermSetRoles($input: SetAccountRolesInput!) {\n    setAccountRoles(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolePermMine {\n    myPermissions\n  }\n"): (typeof documents)["\n  query RolePermMine {\n    myPermissions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolePermEffective($accountId: ID!) {\n    effectivePermissions(accountId: $accountId)\n  }\n"): (typeof documents)["\n  query RolePermEffective($accountId: ID!) {\n    effectivePermissions(accountId: $accountId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RolePermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Role {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RolePermNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Role {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleList($type: RoleType) {\n    roles(first: 100, type: $type) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        predefined\n        isCustom\n        usersCount\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleList($type: RoleType) {\n    roles(first: 100, type: $type) {\n      totalCount\n      nodes {\n        id\n        name\n        type\n        predefined\n        isCustom\n        usersCount\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleGet($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      usersCount\n    }\n  }\n"): (typeof documents)["\n  query RoleGet($id: ID!) {\n    role(id: $id) {\n      id\n      name\n      usersCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleCatalog {\n    permissionCatalog {\n      levels\n      privileges\n      features {\n        key\n        label\n        employeeOnly\n        customActions\n        customFlags\n        dependencies {\n          action\n          requires\n        }\n        levels {\n          level\n          actions\n          permissionKeys\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleCatalog {\n    permissionCatalog {\n      levels\n      privileges\n      features {\n        key\n        label\n        employeeOnly\n        customActions\n        customFlags\n        dependencies {\n          action\n          requires\n        }\n        levels {\n          level\n          actions\n          permissionKeys\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        name\n        type\n        isCustom\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RoleCreate($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      role {\n        id\n        name\n        type\n        isCustom\n        permissions\n        grants {\n          feature\n          level\n          customActions\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleUpdate($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        id\n        name\n        description\n        permissions\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RoleUpdate($input: UpdateRoleInput!) {\n    updateRole(input: $input) {\n      role {\n        id\n        name\n        description\n        permissions\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoleDelete($input: DeleteRolesInput!) {\n    deleteRoles(input: $input) {\n      deletedRoleIds\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RoleDelete($input: DeleteRolesInput!) {\n    deleteRoles(input: $input) {\n      deletedRoleIds\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleHolder($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        roles {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleHolder($id: ID!) {\n    node(id: $id) {\n      ... on User {\n        roles {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SystemSecuritySettings {\n    securitySettings {\n      bruteForceProtectionEnabled\n      maxFailedLoginAttempts\n      lockoutMinutes\n      minimumPasswordLength\n      requireNumbers\n      requireUppercase\n      requireLowercase\n      requireSymbol\n      requirePasswordNotUsername\n      disablePasswordStrengthForExistingPasswords\n    }\n  }\n"): (typeof documents)["\n  query SystemSecuritySettings {\n    securitySettings {\n      bruteForceProtectionEnabled\n      maxFailedLoginAttempts\n      lockoutMinutes\n      minimumPasswordLength\n      requireNumbers\n      requireUppercase\n      requireLowercase\n      requireSymbol\n      requirePasswordNotUsername\n      disablePasswordStrengthForExistingPasswords\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SystemUpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        maxFailedLoginAttempts\n        lockoutMinutes\n        minimumPasswordLength\n        requireSymbol\n        bruteForceProtectionEnabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SystemUpdateSecuritySettings($input: UpdateSecuritySettingsInput!) {\n    updateSecuritySettings(input: $input) {\n      securitySettings {\n        maxFailedLoginAttempts\n        lockoutMinutes\n        minimumPasswordLength\n        requireSymbol\n        bruteForceProtectionEnabled\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktAdvSearch(\n    $text: String\n    $criteria: TicketSearchCriteria\n    $sortBy: TicketSortField\n    $descending: Boolean\n    $first: Int\n    $after: String\n  ) {\n    searchTickets(\n      text: $text\n      criteria: $criteria\n      sortBy: $sortBy\n      descending: $descending\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktAdvSearch(\n    $text: String\n    $criteria: TicketSearchCriteria\n    $sortBy: TicketSortField\n    $descending: Boolean\n    $first: Int\n    $after: String\n  ) {\n    searchTickets(\n      text: $text\n      criteria: $criteria\n      sortBy: $sortBy\n      descending: $descending\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAdvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAdvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktAttSettings {\n    ticketSettings {\n      maxAttachmentBytes\n    }\n  }\n"): (typeof documents)["\n  query TktAttSettings {\n    ticketSettings {\n      maxAttachmentBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAttUpdateSettings($input: UpdateTicketSettingsInput!) {\n    updateTicketSettings(input: $input) {\n      settings {\n        maxAttachmentBytes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAttUpdateSettings($input: UpdateTicketSettingsInput!) {\n    updateTicketSettings(input: $input) {\n      settings {\n        maxAttachmentBytes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAttAdd($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      attachment {\n        id\n        fileName\n        contentType\n        size\n        internal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAttAdd($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      attachment {\n        id\n        fileName\n        contentType\n        size\n        internal\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAttReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAttReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktAttFiles($id: ID) {\n    ticket(id: $id) {\n      attachments {\n        fileName\n        contentType\n        size\n        internal\n        contentBase64\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktAttFiles($id: ID) {\n    ticket(id: $id) {\n      attachments {\n        fileName\n        contentType\n        size\n        internal\n        contentBase64\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktAttMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktAttMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktBulkUpdate($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      results {\n        ticketId\n        ticket {\n          status\n          priority\n        }\n        userErrors {\n          code\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktBulkUpdate($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      results {\n        ticketId\n        ticket {\n          status\n          priority\n        }\n        userErrors {\n          code\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktBulkDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktBulkDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktBulkPurge($input: PurgeDeletedTicketsInput!) {\n    purgeDeletedTickets(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktBulkPurge($input: PurgeDeletedTicketsInput!) {\n    purgeDeletedTickets(input: $input) {\n      purgedCount\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfCreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfUpdate($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfUpdate($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        customFields {\n          name\n          value\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktCfValues($id: ID) {\n    ticket(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktCfValues($id: ID) {\n    ticket(id: $id) {\n      customFields {\n        name\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCfMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCfMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktDelViewsDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktDelViewsDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktDelViewsLists($filter: TicketFilter) {\n    tickets(first: 10, filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktDelViewsLists($filter: TicketFilter) {\n    tickets(first: 10, filter: $filter) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktDelViewsMine($filter: TicketFilter) {\n    myTickets(first: 10, filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TktDelViewsMine($filter: TicketFilter) {\n    myTickets(first: 10, filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktDelViewsOne($id: ID!) {\n    ticket(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TktDelViewsOne($id: ID!) {\n    ticket(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktDelViewsDeleted {\n    deletedTickets(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktDelViewsDeleted {\n    deletedTickets(first: 10) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktDelViewsSearch {\n    searchTickets(first: 10, criteria: { items: ONLY_DELETED }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktDelViewsSearch {\n    searchTickets(first: 10, criteria: { items: ONLY_DELETED }) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        type\n        text\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        type\n        text\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktEditView($id: ID) {\n    ticket(id: $id) {\n      status\n      priority\n      pinned\n      subject\n      requesterEmail\n      followUpAt\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktEditView($id: ID) {\n    ticket(id: $id) {\n      status\n      priority\n      pinned\n      subject\n      requesterEmail\n      followUpAt\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        nodes {\n          field\n          oldValue\n          newValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n        closedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n        closedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ticket {\n        priority\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      ticket {\n        priority\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      ticket {\n        pinned\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      ticket {\n        pinned\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        subject\n        requesterEmail\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      ticket {\n        subject\n        requesterEmail\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEditRemoveFollowUp($ticketId: ID!) {\n    removeFollowUp(ticketId: $ticketId) {\n      ticket {\n        status\n        followUpAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEditRemoveFollowUp($ticketId: ID!) {\n    removeFollowUp(ticketId: $ticketId) {\n      ticket {\n        status\n        followUpAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktEmailLookupRequester($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktEmailLookupRequester($id: ID!) {\n    ticket(id: $id) {\n      requester {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEmailLookupSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEmailLookupSmtp($input: CreateSmtpAccountInput!) {\n    createSmtpAccount(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      message {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvRelease($input: ReleaseTicketToQueueInput!) {\n    releaseTicketToQueue(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktEvRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktEvRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktTimerFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktTimerFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktTimerStatus($id: ID!) {\n    ticket(id: $id) {\n      status\n      followUpAt\n      assignedAgent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktTimerStatus($id: ID!) {\n    ticket(id: $id) {\n      status\n      followUpAt\n      assignedAgent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n        status\n        countsTowardLimit\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        id\n        ticketNumber\n        status\n        countsTowardLimit\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktGet($id: ID, $number: String) {\n    ticket(id: $id, number: $number) {\n      id\n      ticketNumber\n      status\n      subject\n      pinned\n      followUpAt\n      group {\n        id\n      }\n      assignedAgent {\n        id\n      }\n      messages {\n        direction\n        textBody\n      }\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        totalCount\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktGet($id: ID, $number: String) {\n    ticket(id: $id, number: $number) {\n      id\n      ticketNumber\n      status\n      subject\n      pinned\n      followUpAt\n      group {\n        id\n      }\n      assignedAgent {\n        id\n      }\n      messages {\n        direction\n        textBody\n      }\n      comments {\n        type\n        text\n      }\n      history(first: 50) {\n        totalCount\n        nodes {\n          field\n          oldValue\n          newValue\n          note\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktMyReply($input: ReplyToMyTicketInput!) {\n    replyToMyTicket(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        group {\n          id\n        }\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      ticket {\n        group {\n          id\n        }\n        assignedAgent {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ticket {\n        id\n        messages {\n          textBody\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ticket {\n        id\n        messages {\n          textBody\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktRestore($input: TicketIdsInput!) {\n    restoreTickets(input: $input) {\n      tickets {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermCreate($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermPriority($input: ChangeTicketPriorityInput!) {\n    changeTicketPriority(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermPin($input: SetTicketPinnedInput!) {\n    setTicketPinned(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermHeader($input: UpdateTicketHeaderInput!) {\n    updateTicketHeader(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermMerge($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermFollowUp($input: SetFollowUpInput!) {\n    setFollowUp(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktPermList {\n    tickets(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TktPermList {\n    tickets(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermTimeLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermComposing($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPermBulk($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPermBulk($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        source\n        requesterEmail\n        requester {\n          email\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalSubmit($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        source\n        requesterEmail\n        requester {\n          email\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktPortalQueue($first: Int) {\n    ticketQueue(first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktPortalQueue($first: Int) {\n    ticketQueue(first: $first) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktPortalGet($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query TktPortalGet($id: ID) {\n    ticket(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktPortalList($first: Int) {\n    tickets(first: $first) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n        timeLogs {\n          minutes\n          category {\n            name\n          }\n        }\n        attachments {\n          fileName\n        }\n        relatedItems {\n          ticket {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktPortalList($first: Int) {\n    tickets(first: $first) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n        timeLogs {\n          minutes\n          category {\n            name\n          }\n        }\n        attachments {\n          fileName\n        }\n        relatedItems {\n          ticket {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalCreateField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      customField {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalCreateTemplate($input: CreateCustomFieldTemplateInput!) {\n    createCustomFieldTemplate(input: $input) {\n      template {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalAddField($input: AddTemplateFieldInput!) {\n    addTemplateField(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalSetTemplates($input: SetDepartmentCustomFieldTemplatesInput!) {\n    setDepartmentCustomFieldTemplates(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalAddLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalAddLog($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalAttach($input: AddTicketAttachmentInput!) {\n    addTicketAttachment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktPortalMine {\n    myPortalTickets(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktPortalMine {\n    myPortalTickets(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktPortalDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktPortalDelete($input: TicketIdsInput!) {\n    deleteTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktRecentViews($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktRecentViews($filter: TicketFilter, $first: Int) {\n    tickets(filter: $filter, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktRecentPortal($filter: TicketFilter) {\n    myPortalTickets(filter: $filter) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query TktRecentPortal($filter: TicketFilter) {\n    myPortalTickets(filter: $filter) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktRecentComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktRecentComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktRecentReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktRecentReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktRecentTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktRecentTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktSearchCap($text: String!, $first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: $text, first: $first, criteria: $criteria) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        priority\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktSearchCap($text: String!, $first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: $text, first: $first, criteria: $criteria) {\n      totalCount\n      pageInfo {\n        hasNextPage\n      }\n      nodes {\n        id\n        priority\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktSearch($text: String!, $filter: TicketFilter) {\n    searchTickets(text: $text, first: 25, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        subject\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktSearch($text: String!, $filter: TicketFilter) {\n    searchTickets(text: $text, first: 25, filter: $filter) {\n      totalCount\n      nodes {\n        id\n        subject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktSearchPage($first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: \"widget\", first: $first, criteria: $criteria) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktSearchPage($first: Int, $criteria: TicketSearchCriteria) {\n    searchTickets(text: \"widget\", first: $first, criteria: $criteria) {\n      totalCount\n      nodes {\n        id\n        requester {\n          id\n        }\n        assignedAgent {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n        lastMessage {\n          textBody\n        }\n        customFields {\n          name\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSigCreate($input: CreateTicketSignatureInput!) {\n    createTicketSignature(input: $input) {\n      signature {\n        id\n        html\n        brand {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSigCreate($input: CreateTicketSignatureInput!) {\n    createTicketSignature(input: $input) {\n      signature {\n        id\n        html\n        brand {\n          id\n        }\n        department {\n          id\n        }\n        group {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSigUpdate($input: UpdateTicketSignatureInput!) {\n    updateTicketSignature(input: $input) {\n      signature {\n        html\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSigUpdate($input: UpdateTicketSignatureInput!) {\n    updateTicketSignature(input: $input) {\n      signature {\n        html\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSigDelete($input: DeleteTicketSignatureInput!) {\n    deleteTicketSignature(input: $input) {\n      deletedSignatureId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSigDelete($input: DeleteTicketSignatureInput!) {\n    deleteTicketSignature(input: $input) {\n      deletedSignatureId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktSigList {\n    ticketSignatures {\n      id\n      html\n    }\n  }\n"): (typeof documents)["\n  query TktSigList {\n    ticketSignatures {\n      id\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSigReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        htmlBody\n        textBody\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSigReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      message {\n        htmlBody\n        textBody\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktSigView($id: ID) {\n    ticket(id: $id) {\n      brand {\n        name\n      }\n      messages {\n        direction\n        htmlBody\n        textBody\n      }\n      replySignature {\n        html\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktSigView($id: ID) {\n    ticket(id: $id) {\n      brand {\n        name\n      }\n      messages {\n        direction\n        htmlBody\n        textBody\n      }\n      replySignature {\n        html\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSigGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSigGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TktSubTicketChanged($ticketId: ID!) {\n    ticketChanged(ticketId: $ticketId) {\n      kind\n      ticketId\n      changedFields\n      messageId\n      commentId\n      ticket {\n        id\n        status\n        assignedAgent {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TktSubTicketChanged($ticketId: ID!) {\n    ticketChanged(ticketId: $ticketId) {\n      kind\n      ticketId\n      changedFields\n      messageId\n      commentId\n      ticket {\n        id\n        status\n        assignedAgent {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TktSubMine {\n    myTicketsChanged {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TktSubMine {\n    myTicketsChanged {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TktSubQueue($departmentId: ID!, $groupId: ID) {\n    departmentQueueChanged(departmentId: $departmentId, groupId: $groupId) {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n        subject\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TktSubQueue($departmentId: ID!, $groupId: ID) {\n    departmentQueueChanged(departmentId: $departmentId, groupId: $groupId) {\n      kind\n      ticketId\n      inList\n      ticket {\n        id\n        subject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSubComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSubComment($input: AddTicketCommentInput!) {\n    addTicketComment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSubReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSubReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSubTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSubTransfer($input: TransferTicketInput!) {\n    transferTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktSubTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktSubTake($input: TakeTicketInput!) {\n    takeTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogCreateCategory($input: CreateTimeLogCategoryInput!) {\n    createTimeLogCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogCreateCategory($input: CreateTimeLogCategoryInput!) {\n    createTimeLogCategory(input: $input) {\n      category {\n        id\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogRenameCategory($input: UpdateTimeLogCategoryInput!) {\n    updateTimeLogCategory(input: $input) {\n      category {\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogRenameCategory($input: UpdateTimeLogCategoryInput!) {\n    updateTimeLogCategory(input: $input) {\n      category {\n        name\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogDeleteCategory($id: ID!) {\n    deleteTimeLogCategory(id: $id) {\n      deletedCategoryId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogDeleteCategory($id: ID!) {\n    deleteTimeLogCategory(id: $id) {\n      deletedCategoryId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogAdd($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n        minutes\n        billable\n        cost\n        notes\n        category {\n          name\n        }\n        agent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogAdd($input: AddTicketTimeLogInput!) {\n    addTicketTimeLog(input: $input) {\n      timeLog {\n        id\n        minutes\n        billable\n        cost\n        notes\n        category {\n          name\n        }\n        agent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogUpdate($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      timeLog {\n        minutes\n        cost\n        billable\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogUpdate($input: UpdateTicketTimeLogInput!) {\n    updateTicketTimeLog(input: $input) {\n      timeLog {\n        minutes\n        cost\n        billable\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogDelete($timeLogId: ID!) {\n    deleteTicketTimeLog(timeLogId: $timeLogId) {\n      deletedTimeLogId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogDelete($timeLogId: ID!) {\n    deleteTicketTimeLog(timeLogId: $timeLogId) {\n      deletedTimeLogId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktLogTabs($id: ID) {\n    ticket(id: $id) {\n      timeLogs {\n        minutes\n        category {\n          name\n        }\n      }\n      relatedItems {\n        kind\n        ticket {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktLogTabs($id: ID) {\n    ticket(id: $id) {\n      timeLogs {\n        minutes\n        category {\n          name\n        }\n      }\n      relatedItems {\n        kind\n        ticket {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogLink($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktLogUnlink($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktLogUnlink($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktTimingStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktTimingStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktTimingState($id: ID!) {\n    ticket(id: $id) {\n      status\n      deletedAt\n    }\n  }\n"): (typeof documents)["\n  query TktTimingState($id: ID!) {\n    ticket(id: $id) {\n      status\n      deletedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktTimingDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktTimingDepartment($input: UpdateDepartmentInput!) {\n    updateDepartment(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TktViewers($ticketId: ID!) {\n    ticketViewersChanged(ticketId: $ticketId) {\n      ticketId\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TktViewers($ticketId: ID!) {\n    ticketViewersChanged(ticketId: $ticketId) {\n      ticketId\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TktViewersField($id: ID!) {\n    ticket(id: $id) {\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TktViewersField($id: ID!) {\n    ticket(id: $id) {\n      viewers {\n        viewing\n        replying\n        devices\n        employee {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktViewersCompose($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktViewersCompose($ticketId: ID!) {\n    markComposing(ticketId: $ticketId) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TktViewersReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TktViewersReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;