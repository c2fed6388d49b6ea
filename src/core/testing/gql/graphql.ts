/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why myAccountChanged fired. */
export type AccountChangeReason =
  /** Profile or status fields of the account changed. */
  | 'ACCOUNT_UPDATED'
  /** An API token of the account was created or revoked. */
  | 'API_TOKENS_CHANGED'
  /** An administrator lifted a brute-force lockout. */
  | 'LOCKOUT_CLEARED'
  /** The password changed; other sessions were ended. */
  | 'PASSWORD_CHANGED'
  /** The account's roles, or the grants of one of its roles, changed: reload permissions. */
  | 'ROLES_CHANGED'
  /** One or more sessions of the account were ended. */
  | 'SESSION_REVOKED';

/** Employee (agent, manager, administrator) or end user. */
export type AccountKind =
  | 'EMPLOYEE'
  | 'USER';

/** Sort keys of account lists (002 L3947-3952, L3967). */
export type AccountSortField =
  | 'CREATED_AT'
  | 'DISPLAY_NAME'
  | 'EMAIL'
  | 'LAST_LOGIN_AT'
  | 'USERNAME';

/** Activity changes for one group; omitted channels stay as they are. */
export type ActiveGroupChange = {
  /** Active for live chats; refused (NOT_APPLICABLE) where chat is disabled for the agent. */
  chats?: boolean | null | undefined;
  /** The group (Group global id); the agent must be a member. */
  groupId: string | number;
  /** Active for tickets. */
  tickets?: boolean | null | undefined;
};

/** Adds an employee to a group. */
export type AddAgentToGroupInput = {
  /** Auto-Inactive enabled (needs autoInactiveMinutes). */
  autoInactiveEnabled?: boolean | null | undefined;
  /** Auto-Inactive after this many minutes (at least 1). */
  autoInactiveMinutes?: number | null | undefined;
  /** Chat Handling (default PRIMARY_GROUP). */
  chatHandling?: ChatHandling | null | undefined;
  /** The employee; fixed once added (002 L6118). */
  employeeId: string | number;
  /** Automatically go active upon login (default true). */
  goActiveOnLogin?: boolean | null | undefined;
  /** The group. */
  groupId: string | number;
  /** Hand-off on Auto-Inactive. */
  handOffOnAutoInactive?: boolean | null | undefined;
  /** Max Tickets for this group (at least 0); null = no limit. */
  maxTickets?: number | null | undefined;
  /** Ticket Handling (default PRIMARY_GROUP). */
  ticketHandling?: TicketHandling | null | undefined;
};

/** A new holiday of a brand. */
export type AddBrandHolidayInput = {
  /** The brand. */
  brandId: string | number;
  /** The day, YYYY-MM-DD; one holiday per day. */
  date: string;
  /** Name of the holiday. */
  name: string;
};

/** A new holiday of a department that does not inherit its brand's holidays. */
export type AddDepartmentHolidayInput = {
  /** The day, YYYY-MM-DD; one holiday per day. */
  date: string;
  /** The department. */
  departmentId: string | number;
  /** Name of the holiday. */
  name: string;
};

/** Adds a member rule to an organization. */
export type AddOrganizationMemberInput = {
  /** The organization. */
  organizationId: string | number;
  /** What the value is matched against. */
  type: OrganizationMemberType;
  /** Email address, username, domain (example.com) or phone number. */
  value: string;
  /** View Organization Tickets in Portal (default false); not allowed for PHONE_NUMBER. */
  viewOrganizationTicketsInPortal?: boolean | null | undefined;
};

/** Places a Data field definition on a template (Field Definitions tab, 002 L6907-6915). */
export type AddTemplateFieldInput = {
  /** Custom Field: a definition that applies to DATA. */
  customFieldId: string | number;
  /** Display Name; defaults to the field's name. */
  displayName?: string | null | undefined;
  /** Required by Users (not with visibility AGENTS). */
  requiredByUsers?: boolean | null | undefined;
  /** Required for Agents to close tickets. */
  requiredForAgentsToClose?: boolean | null | undefined;
  /** Required for Agents to save or send. */
  requiredForAgentsToSaveOrSend?: boolean | null | undefined;
  /** Show in communication view. */
  showInCommunicationView?: boolean | null | undefined;
  /** The template. */
  templateId: string | number;
  /** Visibility; default BOTH. */
  visibility?: TemplateFieldVisibility | null | undefined;
};

/** A file attached to a ticket, uploaded as base64 (Add → Attachment). */
export type AddTicketAttachmentInput = {
  /** The bytes, standard base64; at most TicketSettings.maxAttachmentBytes once decoded (default 2 MB). */
  contentBase64: string;
  /** File name (directories are stripped; at most 255 characters). */
  fileName: string;
  /** Internal attachment: agents only (default false, 002 L3004). */
  internal?: boolean | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

/** An internal comment (002 L2998). */
export type AddTicketCommentInput = {
  /** The text. */
  text: string;
  /** The ticket. */
  ticketId: string | number;
  /** Kind (default GENERAL); RESOLUTION needs TICKETS_ADD_RESOLUTION. */
  type?: TicketCommentType | null | undefined;
};

/** A time log on a ticket (002 L3009, L3657; seed-A §1.15). */
export type AddTicketTimeLogInput = {
  /** Billable; default the department's Mark Time Logs as billable by default. */
  billable?: boolean | null | undefined;
  /** Time log category. */
  categoryId?: string | number | null | undefined;
  /** Minutes spent (1-1440). */
  minutes: number;
  /** Notes: what was done. */
  notes?: string | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

/** Links a chat to a ticket (Live Chat Attached to Ticket, 002 L8355). */
export type AttachChatToTicketInput = {
  /** The chat. */
  chatId: string | number;
  /** The ticket. */
  ticketId: string | number;
};

/** A file uploaded inline as base64. Its content type is sniffed from the bytes; the size limit is TicketSettings.maxAttachmentBytes (default 2 MB) and the whole request must fit MAX_REQUEST_BYTES. */
export type AttachmentUploadInput = {
  /** The bytes, standard base64 (RFC 4648 §4), padding optional. */
  contentBase64: string;
  /** File name (directories are stripped; at most 255 characters). */
  fileName: string;
};

/** How an account signs in (000 L12): standard password, Active Directory, or an external provider. */
export type AuthenticationMethod =
  | 'ACTIVE_DIRECTORY'
  | 'EXTERNAL_PROVIDER'
  | 'PASSWORD';

/** An agent's global availability (002 L2710-2712, L2764-2768). */
export type Availability =
  /** Receives new live chats by round robin in the groups they are active in. */
  | 'AVAILABLE'
  /** Away from keyboard: no new round-robin live chats; keeps existing chats; tickets unaffected. */
  | 'UNAVAILABLE';

/** Brand Cookie Disclaimer tab (002 L5846-5856). */
export type BrandCookieDisclaimerInput = {
  /** Disclaimer Modal Primary Color. */
  primaryColor?: string | null | undefined;
  /** Disclaimer Modal Secondary Color. */
  secondaryColor?: string | null | undefined;
  /** Disclaimer text (HTML). */
  text?: string | null | undefined;
};

/** Brand Custom Messages tab (002 L5912-5917). */
export type BrandCustomMessagesInput = {
  /** Additional Footer for Portal (HTML). */
  additionalPortalFooter?: string | null | undefined;
  /** Main Portal Announcement (HTML). */
  mainPortalAnnouncement?: string | null | undefined;
};

/** Identifies a brand. */
export type BrandIdInput = {
  /** The brand. */
  id: string | number;
};

/** Brand Options tab (002 L5769-5796). */
export type BrandOptionsInput = {
  /** Company Website (http or https URL). */
  companyWebsite?: string | null | undefined;
  /** Default Font (font family). */
  defaultFont?: string | null | undefined;
  /** Display logo on portal. */
  displayLogoOnPortal?: boolean | null | undefined;
  /** Enable Cookie Disclaimer. */
  enableCookieDisclaimer?: boolean | null | undefined;
  /** Google Analytics Site ID. */
  googleAnalyticsSiteId?: string | null | undefined;
  /** Host Headers cannot be edited after creation (002 L5774): any set other than the current one is refused with IMMUTABLE. */
  hostHeaders?: Array<string> | null | undefined;
  /** Brand Name. */
  name?: string | null | undefined;
};

/** Brand Permissions tab (002 L5798-5818); role ids, null = Nobody. */
export type BrandPermissionsInput = {
  /** Create Community Threads: role to start threads. */
  createCommunityThreadsRoleId?: string | number | null | undefined;
  /** Minimum Posts to Post Links (at least 0). */
  minimumPostsToPostLinks?: number | null | undefined;
  /** New feedback starts out moderated. */
  newFeedbackStartsModerated?: boolean | null | undefined;
  /** Post Links in Portal: role allowed to post links. */
  postLinksInPortalRoleId?: string | number | null | undefined;
  /** Require approval for custom avatars. */
  requireApprovalForCustomAvatars?: boolean | null | undefined;
  /** Users can change display name. */
  usersCanChangeDisplayName?: boolean | null | undefined;
  /** Users can change email address. */
  usersCanChangeEmailAddress?: boolean | null | undefined;
  /** Users can change password. */
  usersCanChangePassword?: boolean | null | undefined;
  /** Users can change profile information. */
  usersCanChangeProfileInformation?: boolean | null | undefined;
  /** Users can upload custom avatars. */
  usersCanUploadCustomAvatars?: boolean | null | undefined;
  /** View Community: role to view and reply to threads. */
  viewCommunityRoleId?: string | number | null | undefined;
  /** View KB Articles Requires: role to view articles. */
  viewKbArticlesRoleId?: string | number | null | undefined;
  /** View News Requires: role to view news. */
  viewNewsRoleId?: string | number | null | undefined;
  /** View Ticket Requires: role to view tickets. */
  viewTicketsRoleId?: string | number | null | undefined;
};

/** Brand Portal tab (002 L5820-5844); colours are #RRGGBB. */
export type BrandPortalInput = {
  /** Button Text Color. */
  buttonTextColor?: string | null | undefined;
  /** Content Background Color. */
  contentBackgroundColor?: string | null | undefined;
  /** Custom CSS Style Overrides. */
  customCss?: string | null | undefined;
  /** Display live chat in portal. */
  displayLiveChatInPortal?: boolean | null | undefined;
  /** Display option to send ticket list by email in portal. */
  displaySendTicketListByEmail?: boolean | null | undefined;
  /** Display social network links. */
  displaySocialNetworkLinks?: boolean | null | undefined;
  /** Enable Gravatar support for automatic avatars. */
  enableGravatar?: boolean | null | undefined;
  /** Enable voting for knowledge base articles. */
  enableKbArticleVoting?: boolean | null | undefined;
  /** Enable login form. */
  enableLoginForm?: boolean | null | undefined;
  /** Enable new user registration. */
  enableNewUserRegistration?: boolean | null | undefined;
  /** Link Color. */
  linkColor?: string | null | undefined;
  /** Navigation Bar Color. */
  navigationBarColor?: string | null | undefined;
  /** Primary Button Color. */
  primaryButtonColor?: string | null | undefined;
  /** Primary Color. */
  primaryColor?: string | null | undefined;
  /** Require consent to the privacy policy (needs a URL). */
  privacyPolicyEnabled?: boolean | null | undefined;
  /** Ticket and Chat Privacy Policy URL. */
  privacyPolicyUrl?: string | null | undefined;
  /** Secondary Button Color. */
  secondaryButtonColor?: string | null | undefined;
  /** Secondary Color. */
  secondaryColor?: string | null | undefined;
  /** Text Color. */
  textColor?: string | null | undefined;
};

/** The same change for many tickets (002 L2863-2891); each ticket in its own transaction. */
export type BulkUpdateTicketsInput = {
  /** Soft-delete the tickets. */
  delete?: boolean | null | undefined;
  /** New priority. */
  priority?: TicketPriority | null | undefined;
  /** New status. */
  status?: TicketStatus | null | undefined;
  /** The tickets (at most 100). */
  ticketIds: Array<string | number>;
  /** Transfer to this group. */
  transferToGroupId?: string | number | null | undefined;
};

/** Sets the hours of one weekday; leave start and end null to mark it Closed. */
export type BusinessHoursDayInput = {
  /** The weekday to set. */
  dayOfWeek: DayOfWeek;
  /** Closing time, HH:MM (24 h); 24:00 = end of day. */
  end?: string | null | undefined;
  /** Opening time, HH:MM (24 h). */
  start?: string | null | undefined;
};

/** Input of bypassLoginLockout. */
export type BypassLoginLockoutInput = {
  /** The locked-out employee or user. */
  accountId: string | number;
};

/** Which job to cancel. */
export type CancelJobInput = {
  /** Global id of a PENDING or FAILED job. */
  jobId: string | number;
};

/** Where a reply is to be inserted; a reply of type BOTH is usable for either. */
export type CannedReplyChannel =
  /** Live chat messages: types CHATS and BOTH. */
  | 'CHATS'
  /** Ticket replies: types TICKETS and BOTH. */
  | 'TICKETS';

/** Assign To (002 L4448, L4504): who may see and insert a canned reply. */
export type CannedReplyScope =
  /** Agents of one department (and administrators, who see every department). */
  | 'DEPARTMENT'
  /** Every agent with the View/Insert permission. */
  | 'EVERYONE'
  /** Only its owner (My Canned Replies); no one else, administrators included. */
  | 'PERSONAL';

/** Flags (002 L4468-4470): a DRAFT is work in progress, seen only by its author and by agents who may edit it. */
export type CannedReplyStatus =
  /** Seen and rendered only by its author and by holders of CANNED_REPLIES_EDIT. */
  | 'DRAFT'
  /** Usable by everyone the scope admits (the default). */
  | 'PUBLIC';

/** Canned Reply Type (002 L4514): where the reply can be inserted. */
export type CannedReplyType =
  /** Tickets and live chats (the default). */
  | 'BOTH'
  /** Live chats only. */
  | 'CHATS'
  /** Tickets only. */
  | 'TICKETS';

/** Input of changeMyPassword. */
export type ChangeMyPasswordInput = {
  /** The password in use now. */
  currentPassword: string;
  /** The new password; it must meet the password requirements (securitySettings). */
  newPassword: string;
};

/** A priority change (002 L2880-2884). */
export type ChangeTicketPriorityInput = {
  /** New priority. */
  priority: TicketPriority;
  /** The ticket. */
  ticketId: string | number;
};

/** A status change (002 L2870-2875). */
export type ChangeTicketStatusInput = {
  /** New status. */
  status: TicketStatus;
  /** The ticket. */
  ticketId: string | number;
};

/** Why a live chat ended. */
export type ChatEndReason =
  /** The visitor left the queue: no agent answered within the Abandon timeout. */
  | 'ABANDONED'
  /** An agent clicked End Chat (002 L3408). */
  | 'AGENT'
  /** The visitor or user ended it. */
  | 'CUSTOMER'
  /** Nobody wrote for the Idle timeout of the live chat settings. */
  | 'IDLE';

/** What a chatEvents emission carries. */
export type ChatEventKind =
  /** A message was added (message is set; system messages included). */
  | 'MESSAGE'
  /** Someone read up to a sequence number (read is set). */
  | 'READ'
  /** The chat's status, agent, group or queue position changed (chat is set). */
  | 'STATUS'
  /** Someone started or stopped typing (typing is set). */
  | 'TYPING';

/** How an agent receives a group's live chats (002 L6097-6101). */
export type ChatHandling =
  /** The agent receives no live chats from this group. */
  | 'CHAT_DISABLED'
  /** First to receive chats by round robin. */
  | 'PRIMARY_GROUP'
  /** Sees the group's chats but takes them from the queue. */
  | 'PULL_FROM_QUEUE'
  /** Receives round-robin chats only once the primary agents are full. */
  | 'SECONDARY_GROUP';

/** Who a chat message is from and who sees it (002 L3466-3486). */
export type ChatMessageKind =
  /** Written by an agent in the chat (owner or co-chat participant); the customer sees it. */
  | 'AGENT'
  /** Whisper: written by a coach or the owning agent, shown to agents only, never to the customer. */
  | 'COACHING'
  /** Written by the visitor or user. */
  | 'CUSTOMER'
  /** Recorded by the server: joined, transferred, ended, queued… */
  | 'SYSTEM';

/** Why live chat is offline for a department. */
export type ChatOfflineReason =
  /** Today is a holiday of the department (or its brand). */
  | 'HOLIDAY'
  /** No agent receives live chats in the group right now. */
  | 'NO_AGENTS'
  /** Outside business hours, and the settings disallow chats then. */
  | 'OUTSIDE_BUSINESS_HOURS';

/** How an employee takes part in a chat (002 L1268, L3466-3488). */
export type ChatParticipantRole =
  /** Watches and whispers to the agents (coaching messages only). */
  | 'COACH'
  /** Another agent or manager writing to the customer alongside the owner. */
  | 'CO_CHAT'
  /** The agent the chat is assigned to. */
  | 'OWNER';

/** Search In of the live chat advanced search (002 L3539-3541). */
export type ChatSearchIn =
  /** Only deleted live chats. */
  | 'DELETED'
  /** All live chats except deleted ones. */
  | 'NOT_DELETED';

/** Which side of a chat someone is on. */
export type ChatSide =
  /** An employee in the chat. */
  | 'AGENT'
  /** The visitor or signed-in user. */
  | 'CUSTOMER';

/** Sort Results of the live chat advanced search (002 L3555). */
export type ChatSortOrder =
  /** Newer chats first. */
  | 'NEWEST_FIRST'
  /** Older chats first. */
  | 'OLDEST_FIRST';

/** Where a live chat is in its life (seed-B §2.3; 002 L3322, L3503-3509). */
export type ChatStatus =
  /** Assigned to an agent and going on (My Active). */
  | 'ACTIVE'
  /** Completed or went inactive (My Completed); only ended chats can be deleted. */
  | 'ENDED'
  /** Waiting in its group's queue for an agent (no eligible agent, or Pull from Queue). */
  | 'QUEUED';

/** What a SYSTEM message records. */
export type ChatSystemEvent =
  /** The chat ended. */
  | 'ENDED'
  /** An agent joined (assigned, took it, or joined as co-chat). */
  | 'JOINED'
  /** A participant left the chat. */
  | 'LEFT'
  /** The chat entered (or returned to) the queue. */
  | 'QUEUED'
  /** The chat moved to another agent, group or department. */
  | 'TRANSFERRED'
  /** The department's Agent Welcome in Live Chat message (002 L7469). */
  | 'WELCOME';

/** Copies a department's settings (all tabs, business hours, own holidays) into a new department with a new front line group; other groups and agents are not copied (002 L5979). */
export type CloneDepartmentInput = {
  /** Brand of the copy; the source's brand when omitted. */
  brandId?: string | number | null | undefined;
  /** Name of the copy's front line group; the source front line group's name when omitted. */
  frontLineGroupName?: string | null | undefined;
  /** The department to copy. */
  id: string | number;
  /** Name of the new department. */
  name: string;
};

/** Input of createApiToken. */
export type CreateApiTokenInput = {
  /** When the token stops working; omit for no expiry (not allowed when a token creates a token). */
  expiresAt?: string | null | undefined;
  /** What the token is for (1-200 characters). */
  name: string;
  /** Employee who will own the token; omit for yourself. Another employee needs ADMINISTRATION. */
  ownerId?: string | number | null | undefined;
  /** Permission keys the token may use (see myPermissions): a subset of the owner's current permissions, and of the calling token's when a token creates a token. */
  permissions: Array<string>;
};

/** A new autoresponder. */
export type CreateAutoresponderInput = {
  /** The brand. */
  brandId: string | number;
  /** Departments of the brand it serves. */
  departmentIds: Array<string | number>;
  /** Display Name. */
  displayName: string;
  /** Enabled (default true). */
  enabled?: boolean | null | undefined;
  /** End Date. */
  endsAt?: string | null | undefined;
  /** Contents (HTML) with variables. */
  html: string;
  /** Start Date. */
  startsAt?: string | null | undefined;
  /** Subject with variables. */
  subject: string;
};

/** A new brand, as the New Brand modal (002 L5754); the other tabs follow with updateBrand. */
export type CreateBrandInput = {
  /** Host Headers: at least one host name, unused by other brands; fixed once created. */
  hostHeaders: Array<string>;
  /** Brand Name. */
  name: string;
};

/** A new canned reply folder (002 L4527-4532). */
export type CreateCannedReplyFolderInput = {
  /** Folder name, unique among its siblings. */
  name: string;
  /** Parent Folder; omitted or null = top level. */
  parentId?: string | number | null | undefined;
};

/** A new canned reply (Compose and Options tabs, 002 L4496-4515). */
export type CreateCannedReplyInput = {
  /** The reply as HTML; may contain variables (see renderCannedReply). */
  body: string;
  /** With scope DEPARTMENT: a department in the caller's scope. */
  departmentId?: string | number | null | undefined;
  /** Folder; omitted or null = the root folder. */
  folderId?: string | number | null | undefined;
  /** Language tag; default null (any language); a value needs CANNED_REPLIES_CHANGE_LANGUAGE. */
  language?: string | null | undefined;
  /** Title, 1-255 characters. */
  name: string;
  /** Assign To; default PERSONAL (owned by the caller). DEPARTMENT needs departmentId. */
  scope?: CannedReplyScope | null | undefined;
  /** Default PUBLIC; DRAFT needs CANNED_REPLIES_MARK_DRAFT. */
  status?: CannedReplyStatus | null | undefined;
  /** Default BOTH; another value needs CANNED_REPLIES_CHANGE_TYPE. */
  type?: CannedReplyType | null | undefined;
};

/** A new custom field definition (002 L6884-6891). */
export type CreateCustomFieldInput = {
  /** Applies To: Data or People. */
  appliesTo: CustomFieldAppliesTo;
  /** Data Type. */
  dataType: CustomFieldDataType;
  /** Default Value; must be valid for the data type. */
  defaultValue?: string | null | undefined;
  /** List options, required (at least one) for DROP_DOWN_LIST and refused for other types. */
  listOptions?: Array<string> | null | undefined;
  /** Field Name: 1-100 characters, unique, without '=' (it names cf_<name> variables). */
  name: string;
};

/** A new custom field template (Options tab, 002 L6899-6903). */
export type CreateCustomFieldTemplateInput = {
  /** Display Name, 1-255 characters, unique. */
  displayName: string;
};

/** A new department: name and front line group are required (002 L5976). */
export type CreateDepartmentInput = {
  /** Allow all agents to find items in this department using advanced search. */
  allowAllAgentsToFindItemsInAdvancedSearch?: boolean | null | undefined;
  /** Allow managers outside of this Department to view its contents. */
  allowManagersOutsideToView?: boolean | null | undefined;
  /** The brand; the default brand when omitted. */
  brandId?: string | number | null | undefined;
  /** Call Logs tab. */
  callLogs?: DepartmentCallLogSettingsInput | null | undefined;
  /** Custom Messages tab. */
  customMessages?: DepartmentCustomMessagesInput | null | undefined;
  /** The front line group. */
  frontLineGroup: FrontLineGroupInput;
  /** Inherit business hours from Brand. */
  inheritBusinessHoursFromBrand?: boolean | null | undefined;
  /** Inherit holidays from Brand. */
  inheritHolidaysFromBrand?: boolean | null | undefined;
  /** Mark Time Logs as billable by default. */
  markTimeLogsBillableByDefault?: boolean | null | undefined;
  /** Department Name, unique within the brand. */
  name: string;
  /** Preferred Language tag (e.g. en, de-DE). */
  preferredLanguage?: string | null | undefined;
  /** Tickets tab. */
  tickets?: DepartmentTicketSettingsInput | null | undefined;
};

/** A new employee (002 L6145-6261); created by administrators only (002 L1137). */
export type CreateEmployeeInput = {
  /** Postal address (Home Address for employees). */
  address?: string | null | undefined;
  /** Authentication Domain; required for ACTIVE_DIRECTORY. */
  authenticationDomain?: string | null | undefined;
  /** How the employee signs in (default PASSWORD). */
  authenticationMethod?: AuthenticationMethod | null | undefined;
  /** Block chat while composing call logs. */
  blockChatWhileComposingCallLogs?: boolean | null | undefined;
  /** Cell Phone. */
  cellPhone?: string | null | undefined;
  /** Company. */
  company?: string | null | undefined;
  /** Copy To Address for an external email client. */
  copyToAddress?: string | null | undefined;
  /** Whether copying to copyToAddress is on (default on). */
  copyToEnabled?: boolean | null | undefined;
  /** Display Name. */
  displayName: string;
  /** Display Name for Chat (an alias in live chats). */
  displayNameForChat?: string | null | undefined;
  /** Business email address. */
  email: string;
  /** Email new messages from conversations. */
  emailNewMessagesFromConversations?: boolean | null | undefined;
  /** Email summaries of subscribed community posts. */
  emailSummariesOfSubscribedCommunityPosts?: boolean | null | undefined;
  /** Id in an external system; unique. */
  externalId?: string | null | undefined;
  /** Force password change at next login (PASSWORD only). */
  forcePasswordChange?: boolean | null | undefined;
  /** Home Phone. */
  homePhone?: string | null | undefined;
  /** Hourly Cost for Reporting (default 10.00). */
  hourlyCost?: number | null | undefined;
  /** Max Active Live Chats (default 1). */
  maxActiveLiveChats?: number | null | undefined;
  /** Max Tickets (overall); null removes the cap. */
  maxTickets?: number | null | undefined;
  /** Other Phone. */
  otherPhone?: string | null | undefined;
  /** Other Reply From Address(es); replaces the list. */
  otherReplyFromAddresses?: Array<string> | null | undefined;
  /** Required for PASSWORD authentication; checked against the password requirements. */
  password?: string | null | undefined;
  /** Play chat sounds (default on). */
  playChatSounds?: boolean | null | undefined;
  /** Play sound when a chat is queued (default on). */
  playSoundWhenChatQueued?: boolean | null | undefined;
  /** Pop-up new chats automatically (default on). */
  popUpNewChatsAutomatically?: boolean | null | undefined;
  /** Portal Signature. */
  portalSignature?: string | null | undefined;
  /** Preferred Language, a language tag such as en or de-DE. */
  preferredLanguage?: string | null | undefined;
  /** Roles; default Everyone, Registered User, Registered User with Verified Email and Agent (002 L6205-6210). Everyone and Registered User are always added. */
  roleIds?: Array<string | number> | null | undefined;
  /** Subscribe to community posts automatically. */
  subscribeToCommunityPostsAutomatically?: boolean | null | undefined;
  /** Time Zone, an IANA name such as Europe/Berlin. */
  timeZone?: string | null | undefined;
  /** Username, unique across employees and users. */
  username: string;
  /** Website. */
  website?: string | null | undefined;
  /** Work Phone. */
  workPhone?: string | null | undefined;
};

/** A new event rule. */
export type CreateEventRuleInput = {
  /** Actions, run in this order. */
  actions: Array<EventRuleActionInput>;
  /** The category. */
  category: EventCategory;
  /** Conditions; all must match. */
  conditions?: Array<EventRuleConditionInput> | null | undefined;
  /** Enabled (default true). */
  enabled?: boolean | null | undefined;
  /** An event type key of the category, e.g. TICKET_CREATED. */
  eventType: string;
  /** Friendly name (1-255 characters). */
  name: string;
  /** SYSTEM (administrators only) or AGENT: a My Event of the caller. */
  scope: EventRuleScope;
};

/** A new group of a department (002 L6070-6082). */
export type CreateGroupInput = {
  /** The department. */
  departmentId: string | number;
  /** Group Name, unique within the department. */
  name: string;
  /** Time Estimates tab. */
  timeEstimates?: GroupTimeEstimatesInput | null | undefined;
};

/** A new inbound mail account of a department (002 L6964-6984). */
export type CreateMailAccountInput = {
  /** Whether new mail may start tickets (default true). */
  acceptNewTickets?: boolean | null | undefined;
  /** The department whose tickets it imports. */
  departmentId: string | number;
  /** The mailbox's address. */
  emailAddress: string;
  /** Poll it (default true). */
  enabled?: boolean | null | undefined;
  /** Encryption (default NONE). */
  encryption?: MailEncryption | null | undefined;
  /** IMAP folder (default INBOX). */
  folder?: string | null | undefined;
  /** Ignore SSL warnings (default false). */
  ignoreSslWarnings?: boolean | null | undefined;
  /** Import Frequency in minutes (default 2). */
  importFrequencyMinutes?: number | null | undefined;
  /** Leave Messages on Server (default false). */
  leaveMessagesOnServer?: boolean | null | undefined;
  /** Login Password (write-only). */
  password: string;
  /** Port (default by protocol and encryption: 110/995, 143/993). */
  port?: number | null | undefined;
  /** POP3 (default) or IMAP. */
  protocol?: MailProtocol | null | undefined;
  /** Server host name. */
  server: string;
  /** Able to Start Tickets: the role required (default Everyone). */
  startTicketsRoleId?: string | number | null | undefined;
  /** Login Username. */
  username: string;
};

/** A new organization (002 L4084-4119). */
export type CreateOrganizationInput = {
  /** Address 1. */
  address1?: string | null | undefined;
  /** Address 2. */
  address2?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Country. */
  country?: string | null | undefined;
  /** Initial member rules; needs USERS_ORGANIZATIONS_CREATE_ORGANIZATION_MEMBER too. */
  members?: Array<OrganizationMemberInput> | null | undefined;
  /** Organization Name. */
  name: string;
  /** # of Employees, a range such as 11-50. */
  numberOfEmployees?: string | null | undefined;
  /** Phone Number. */
  phoneNumber?: string | null | undefined;
  /** State/Province. */
  stateProvince?: string | null | undefined;
  /** Company website. */
  website?: string | null | undefined;
  /** Zip/Postal Code. */
  zipPostalCode?: string | null | undefined;
};

/** A new custom role (002 L6289, L6792). */
export type CreateRoleInput = {
  /** What the role is for. */
  description?: string | null | undefined;
  /** The complete grant list; features not listed are NONE. Omitted: employee roles get Full Control on every feature (002 L6299), user roles nothing. */
  grants?: Array<FeatureGrantInput> | null | undefined;
  /** Role Name, unique (case-insensitive). */
  name: string;
  /** Employee or user role; fixed once created. */
  type: RoleType;
};

/** A new SMTP account (002 L6949-6962). */
export type CreateSmtpAccountInput = {
  /** The brand it belongs to. */
  brandId: string | number;
  /** Send this department's ticket replies through it. */
  departmentId?: string | number | null | undefined;
  /** Display name. */
  displayName?: string | null | undefined;
  /** From address. */
  emailAddress: string;
  /** Encryption (default NONE). */
  encryption?: MailEncryption | null | undefined;
  /** Ignore SSL warnings (default false). */
  ignoreSslWarnings?: boolean | null | undefined;
  /** Make this the brand's default account. */
  isDefault?: boolean | null | undefined;
  /** SMTP Auth Password (write-only). */
  password?: string | null | undefined;
  /** Port (default 25). */
  port?: number | null | undefined;
  /** SMTP server host name. */
  server: string;
  /** SMTP Auth Username. */
  username?: string | null | undefined;
};

/** A new ticket created by an agent or through the API (002 L2946-2983). */
export type CreateTicketInput = {
  /** Assign to this agent (must be in the group); else distribution decides. */
  agentId?: string | number | null | undefined;
  /** Custom field values of the department's ticket template (Required for Agents to save or send applies; defaults fill the rest). */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Department (required). */
  departmentId: string | number;
  /** Incoming (default) or outgoing (002 L2948). */
  direction?: TicketDirection | null | undefined;
  /** Group; default the department's front line group. */
  groupId?: string | number | null | undefined;
  /** The initial message. */
  message?: TicketMessageInput | null | undefined;
  /** Priority (default NORMAL). */
  priority?: TicketPriority | null | undefined;
  /** The requester's email; an unknown address gets a user account. */
  requesterEmail?: string | null | undefined;
  /** The requester's user account; or give requesterEmail. */
  requesterId?: string | number | null | undefined;
  /** Send and Mark …: default ACTIVE inbound, WAITING outbound. */
  status?: TicketStatus | null | undefined;
  /** Subject. */
  subject: string;
};

/** A new time log category (002 L6917-6919). */
export type CreateTimeLogCategoryInput = {
  /** Category Name (unique, case-insensitive). */
  name: string;
};

/** A new end user (002 L3971-4029). */
export type CreateUserInput = {
  /** Postal address (Home Address for employees). */
  address?: string | null | undefined;
  /** Authentication Domain; required for ACTIVE_DIRECTORY. */
  authenticationDomain?: string | null | undefined;
  /** How the user signs in (default PASSWORD). */
  authenticationMethod?: AuthenticationMethod | null | undefined;
  /** Cell Phone. */
  cellPhone?: string | null | undefined;
  /** Company. */
  company?: string | null | undefined;
  /** Display Name (the friendly name); default the username. */
  displayName?: string | null | undefined;
  /** Email Address. */
  email?: string | null | undefined;
  /** Email new messages from conversations. */
  emailNewMessagesFromConversations?: boolean | null | undefined;
  /** Email summaries of subscribed community posts. */
  emailSummariesOfSubscribedCommunityPosts?: boolean | null | undefined;
  /** Id in an external system; unique. */
  externalId?: string | null | undefined;
  /** Force password change at next login (PASSWORD only). */
  forcePasswordChange?: boolean | null | undefined;
  /** Home Phone. */
  homePhone?: string | null | undefined;
  /** Other Phone. */
  otherPhone?: string | null | undefined;
  /** Required for PASSWORD authentication; checked against the password requirements. */
  password?: string | null | undefined;
  /** Portal Signature. */
  portalSignature?: string | null | undefined;
  /** Preferred Language, a language tag such as en or de-DE. */
  preferredLanguage?: string | null | undefined;
  /** User roles; Everyone and Registered User are always added (the default set, 002 L3943-3945). */
  roleIds?: Array<string | number> | null | undefined;
  /** Subscribe to community posts automatically. */
  subscribeToCommunityPostsAutomatically?: boolean | null | undefined;
  /** Time Zone, an IANA name such as Europe/Berlin. */
  timeZone?: string | null | undefined;
  /** Username for the portal, unique across employees and users. */
  username: string;
  /** Website. */
  website?: string | null | undefined;
  /** Work Phone. */
  workPhone?: string | null | undefined;
};

/** Applies To (002 L6881, L6886-6888): DATA fields are filled on tickets, live chats and call logs (by agents, or by users through a template); PEOPLE fields are kept on user and employee accounts by agents only. */
export type CustomFieldAppliesTo =
  /** Regular custom field: tickets, live chats and call logs. */
  | 'DATA'
  /** Organizational custom field: users and employees, seen by agents only. */
  | 'PEOPLE';

/** Data Type: the format of a custom field's value (002 L6879, L6890). Every value is a string. */
export type CustomFieldDataType =
  /** "true" or "false". */
  | 'CHECKBOX'
  /** A calendar date, YYYY-MM-DD. */
  | 'DATE'
  /** One of the field's listOptions, exactly as written there. */
  | 'DROP_DOWN_LIST'
  /** Multi-line text. */
  | 'MULTI_LINE_TEXT'
  /** A decimal number such as "42", "-3" or "4.75". */
  | 'NUMBER'
  /** Single-line text: no line breaks. */
  | 'TEXT';

/** Step of a portal submission (002 L2203, L2242): PRE right after the department is chosen (information lookup fields), REGULAR on the compose page. */
export type CustomFieldFormStep =
  | 'PRE'
  | 'REGULAR';

/** A value for one custom field, addressed by fieldId or by name (case-insensitive). An empty value clears it. */
export type CustomFieldValueInput = {
  /** The custom field's id; or give name. */
  fieldId?: string | number | null | undefined;
  /** The custom field's name; or give fieldId. */
  name?: string | null | undefined;
  /** The value as a string (see CustomFieldDataType for each type's form). */
  value: string;
};

/** A day of the week. */
export type DayOfWeek =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** A folder to delete with its subfolders and contents (002 L4546). */
export type DeleteCannedReplyFolderInput = {
  /** The folder. */
  id: string | number;
};

/** Canned replies to delete. */
export type DeleteCannedReplyInput = {
  /** The canned reply. */
  id: string | number;
};

/** Deletes a custom field definition and every value stored for it. */
export type DeleteCustomFieldInput = {
  /** Also remove it from the templates that use it; without it such a field is refused (IN_USE). */
  force?: boolean;
  /** The custom field. */
  id: string | number;
};

/** Deletes a template. */
export type DeleteCustomFieldTemplateInput = {
  /** Also unset it on the departments that use it; without it such a template is refused (IN_USE). */
  force?: boolean;
  /** The template. */
  id: string | number;
};

/** Deletes a department; its items go to another department (002 L5980). */
export type DeleteDepartmentInput = {
  /** The department to delete. */
  id: string | number;
  /** Department that receives the tickets, chats and call logs (into its front line group). Required when the department has any: otherwise the deletion is refused with ITEMS_NEED_DESTINATION. */
  moveItemsToDepartmentId?: string | number | null | undefined;
};

/** Employees to delete permanently (000 L7). */
export type DeleteEmployeesInput = {
  /** The employees. */
  ids: Array<string | number>;
};

/** The rule to delete. */
export type DeleteEventRuleInput = {
  /** The rule. */
  id: string | number;
};

/** Identifies a group to delete. */
export type DeleteGroupInput = {
  /** The group; a department's front line group cannot be deleted. */
  id: string | number;
};

/** Organizations to delete; they cannot be recovered (002 L4194-4202). */
export type DeleteOrganizationsInput = {
  /** The organizations. */
  ids: Array<string | number>;
};

/** Roles to delete permanently. */
export type DeleteRolesInput = {
  /** Custom roles; accounts holding them lose them. */
  ids: Array<string | number>;
};

/** Users to delete; they cannot be recovered (002 L4074-4078). */
export type DeleteUsersInput = {
  /** The users. */
  ids: Array<string | number>;
};

/** Department Call Logs tab (002 L6028-6032). */
export type DepartmentCallLogSettingsInput = {
  /** Auto-Delete After, days (at least 1); null = never. */
  callLogAutoDeleteAfterDays?: number | null | undefined;
};

/** Department Custom Messages tab (002 L6046-6052), HTML. */
export type DepartmentCustomMessagesInput = {
  /** After Ticket Submission. */
  afterTicketSubmissionMessage?: string | null | undefined;
  /** Before Ticket Submission. */
  beforeTicketSubmissionMessage?: string | null | undefined;
};

/** Department Tickets tab (002 L6016-6026); omitted fields are unchanged. */
export type DepartmentTicketSettingsInput = {
  /** Auto-Close After, hours (at least 1); null = never. */
  autoCloseAfterHours?: number | null | undefined;
  /** Auto-Delete After, days (at least 1); null = never. */
  autoDeleteAfterDays?: number | null | undefined;
  /** Auto-Lock After, hours (at least 1); null = never. */
  autoLockAfterHours?: number | null | undefined;
  /** New Tickets in Portal: role required to submit; null = Nobody (hidden from the portal). */
  newTicketsInPortalRoleId?: string | number | null | undefined;
  /** Send notification to customer when tickets are auto-closed. */
  notifyCustomerOnAutoClose?: boolean | null | undefined;
  /** Require all tasks to be completed to close tickets. */
  requireAllTasksCompletedToClose?: boolean | null | undefined;
  /** Require resolution to close tickets. */
  requireResolutionToClose?: boolean | null | undefined;
};

/** Removes a chat's ticket link. */
export type DetachChatFromTicketInput = {
  /** The chat. */
  chatId: string | number;
};

/** The account to disable: it can no longer sign in and its sessions end. */
export type DisableAccountInput = {
  /** The employee or user. */
  accountId: string | number;
};

/** One of the twelve fixed system email templates (002 L7006-7152); none can be added. */
export type EmailTemplateKind =
  /** A ticket was closed automatically; replying re-opens it (002 L7014). */
  | 'AUTO_CLOSE_TICKET'
  /** Activity on subscribed community threads (002 L7026). */
  | 'COMMUNITY_ACTIVITY_DIGEST'
  /** A portal user sent a private message (002 L7037). */
  | 'COMMUNITY_CONVERSATION_NOTIFICATION'
  /** A post was moved to a new thread (002 L7049). */
  | 'COMMUNITY_POST_MOVED_NOTIFICATION'
  /** A reply to a closed and locked ticket (002 L7063). */
  | 'EMAIL_REJECTED_DUE_TO_LOCK'
  /** The sender lacks the role required to start tickets by email (002 L7076). */
  | 'EMAIL_REJECTED_DUE_TO_NEW_TICKET_REQUIREMENTS'
  /** The department does not accept tickets by email (002 L7087). */
  | 'EMAIL_REJECTED_DUE_TO_POLICY'
  /** Portal Forgot Login (002 L7098). */
  | 'FORGOT_LOGIN'
  /** Outer HTML of every outgoing email; [%CONTENT%] marks where the message goes. */
  | 'MASTER'
  /** Survey offer after a ticket is resolved (002 L7112). */
  | 'SURVEY'
  /** A customer's emailed list of tickets (002 L7129). */
  | 'TICKET_LIST'
  /** Confirm a new user's email address (002 L7140). */
  | 'VERIFY_EMAIL_ADDRESS';

/** The account to enable again. */
export type EnableAccountInput = {
  /** The employee or user. */
  accountId: string | number;
};

/** Ends a chat (the customer, or an agent of it). */
export type EndChatInput = {
  /** The chat. */
  chatId: string | number;
  /** The visitor token startChat returned (anonymous visitors); signed-in callers leave it out. */
  visitorToken?: string | null | undefined;
};

/** What happened to one action of a fired rule. */
export type EventActionOutcome =
  /** It failed on its last attempt; message says why. */
  | 'FAILED'
  /** Nothing to do (e.g. the status was already the one to set). */
  | 'NOT_APPLICABLE'
  /** No module provides this action yet (e.g. email before the email module). */
  | 'NO_HANDLER'
  /** It failed; a retry is scheduled (docs/events.md, Faults). */
  | 'PENDING_RETRY'
  /** The action ran. */
  | 'RAN'
  /** Skipped: it ran within its Maximum Frequency (002 L8159). */
  | 'THROTTLED';

/** One parameter of an action. */
export type EventActionParameterInput = {
  /** The parameter's key (eventCatalog). */
  key: string;
  /** Its value (global id for references). */
  value: string;
};

/** The feature an event pertains to. */
export type EventCategory =
  | 'ACTIVE_GROUP'
  | 'CALL_LOG'
  | 'COMMUNITY'
  | 'KNOWLEDGE_BASE'
  | 'LIVE_CHAT'
  | 'POP'
  | 'SMTP'
  | 'SURVEY'
  | 'TASK'
  | 'TICKET'
  | 'USER'
  | 'WHOS_ON';

/** How a condition compares the event's fact with its values (docs/events.md, Operators). */
export type EventConditionOperator =
  | 'AFTER'
  | 'BEFORE'
  | 'BETWEEN'
  | 'CONTAINS'
  | 'EQUALS'
  | 'GREATER_THAN'
  | 'IS'
  | 'IS_ANY_OF'
  | 'IS_EMPTY'
  | 'IS_NONE_OF'
  | 'IS_NOT_EMPTY'
  | 'LESS_THAN'
  | 'NOT_CONTAINS'
  | 'NOT_EQUALS'
  | 'NOT_WITHIN'
  | 'WITHIN';

/** The type of a condition's (or action parameter's) value; it decides the operators. */
export type EventConditionValueType =
  | 'BOOLEAN'
  | 'DATE'
  | 'DAYS'
  | 'EMAIL'
  | 'ENUM'
  | 'IP'
  | 'MINUTES'
  | 'NUMBER'
  | 'REFERENCE'
  | 'TEXT'
  | 'TIME_RANGE'
  | 'URL';

/** An action with its Maximum Frequency (002 L8154-8159). */
export type EventRuleActionInput = {
  /** An action key of the rule's category (eventCatalog), e.g. SET_TICKET_PRIORITY. */
  action: string;
  /** Keep an existing action's id on update (its throttle state stays); omit for a new action. */
  id?: string | number | null | undefined;
  /** Maximum Frequency in minutes (1-10080): at most one run per window; null = every time. */
  maximumFrequencyMinutes?: number | null | undefined;
  /** The action's parameters. */
  parameters?: Array<EventActionParameterInput> | null | undefined;
};

/** A condition: the catalog's condition key, an operator and its values. */
export type EventRuleConditionInput = {
  /** For CUSTOM_FIELD: the custom field's name. */
  customField?: string | null | undefined;
  /** A condition key of the rule's category (eventCatalog), e.g. IDLE_MINUTES. */
  key: string;
  /** One of the condition's operators. */
  operator: EventConditionOperator;
  /** Values as text: numbers, true/false, HH:MM, ISO dates, enum names or global ids of the referenced type. */
  values: Array<string>;
};

/** What came of a rule that matched (or of an event the engine had to skip). */
export type EventRuleEvaluationOutcome =
  /** Every action that tried to run failed. */
  | 'FAILED'
  /** Every action ran, was throttled or had nothing to do. */
  | 'FIRED'
  /** Some actions failed (see actions); the others ran. */
  | 'PARTIAL_FAILURE'
  /** Not run: see reason (loop guard, item gone, Stop Idle Events After…). */
  | 'SKIPPED';

/** Who an event belongs to (002 L8081-8084). */
export type EventRuleScope =
  /** An agent's My Event: applies only to the owning agent's items. */
  | 'AGENT'
  /** A system-level event: administrators only; applies to the whole installation. */
  | 'SYSTEM';

/** What happens when the provider cannot be reached or answers invalidly. */
export type FailurePolicy =
  /** Refuse the action (e.g. the login) with PROVIDER_UNAVAILABLE. */
  | 'FAIL_CLOSED'
  /** Carry on as if no provider were configured. */
  | 'FAIL_OPEN';

/** The level a role grants for one feature. */
export type FeatureGrantInput = {
  /** With CUSTOM: the actions granted, chosen from the feature's customActions in permissionCatalog. */
  customActions?: Array<string> | null | undefined;
  /** The feature. */
  feature: FeatureKey;
  /** The level. */
  level: PermissionLevel;
};

/** A feature of the role Options tab (002 L6299-6318). */
export type FeatureKey =
  /** Call Logs (employee roles only). */
  | 'CALL_LOGS'
  /** Canned Replies. */
  | 'CANNED_REPLIES'
  /** Community. */
  | 'COMMUNITY'
  /** Distribution (employee roles only). */
  | 'DISTRIBUTION'
  /** Events (employee roles only). */
  | 'EVENTS'
  /** KB Articles. */
  | 'KB_ARTICLES'
  /** KB Feedback. */
  | 'KB_FEEDBACK'
  /** Live Chats (employee roles only). */
  | 'LIVE_CHATS'
  /** News (employee roles only). */
  | 'NEWS'
  /** Reports (employee roles only). */
  | 'REPORTS'
  /** Surveys (employee roles only). */
  | 'SURVEYS'
  /** Tasks (employee roles only). */
  | 'TASKS'
  /** Tickets (employee roles only). */
  | 'TICKETS'
  /** Users / Organizations (employee roles only). */
  | 'USERS_ORGANIZATIONS'
  /** Who's On (employee roles only). */
  | 'WHOS_ON';

/** The front line group (002 L5999): exactly one of an existing group of this department or the name of a new group, created with the department in the same transaction. */
export type FrontLineGroupInput = {
  /** An existing group of this department (a new department has none yet). */
  groupId?: string | number | null | undefined;
  /** Name of a new group to create as front line group. */
  newGroupName?: string | null | undefined;
};

/** Group Time Estimates in minutes (at least 0); null clears, omitted keeps. */
export type GroupTimeEstimatesInput = {
  /** Live Chat Started. */
  liveChatStartedMinutes?: number | null | undefined;
  /** Live Chat Transferred. */
  liveChatTransferredMinutes?: number | null | undefined;
  /** Ticket Created. */
  ticketCreatedMinutes?: number | null | undefined;
  /** Ticket Message In. */
  ticketMessageInMinutes?: number | null | undefined;
  /** Ticket Message Out. */
  ticketMessageOutMinutes?: number | null | undefined;
  /** Ticket Transferred. */
  ticketTransferredMinutes?: number | null | undefined;
};

/** What became of an imported message. */
export type IncomingMailStatus =
  /** Could not be imported (unreadable, invalid); the raw message is kept. */
  | 'FAILED'
  /** Not imported on purpose: a duplicate, or mail from one of our own addresses. */
  | 'IGNORED'
  /** Became a new ticket or a reply on an existing one. */
  | 'IMPORTED'
  /** Fetched from the mailbox and stored; the import job has not run yet. */
  | 'RECEIVED'
  /** Refused by a rule (lock, new ticket requirements, policy); a notice may be sent. */
  | 'REJECTED';

/** Where a background job (timer, sweep) is in its life. */
export type JobStatus =
  /** Cancelled before it ran. */
  | 'CANCELLED'
  /** Ran successfully; its work committed with this status. */
  | 'DONE'
  /** Failed on every allowed attempt; see lastError. */
  | 'FAILED'
  /** Waiting for its run time, or for a retry. */
  | 'PENDING'
  /** Claimed by an instance, under a lease. */
  | 'RUNNING';

/** Joins a chat as co-chat agent or coach (002 L1268, L3466-3488). */
export type JoinChatInput = {
  /** The chat. */
  chatId: string | number;
  /** CO_CHAT (writes to the customer) or COACH (whispers only). */
  role: ChatParticipantRole;
};

/** How the login name becomes an LDAP bind name (docs/providers.md, LDAP / Active Directory). */
export type LdapBindKind =
  /** DOMAIN\user or user@domain, as Active Directory accepts. */
  | 'ACTIVE_DIRECTORY'
  /** A DN built from a template such as uid={username},ou=people,dc=example,dc=org. */
  | 'DN_TEMPLATE'
  /** Search then bind: the entry is found under baseDN with filter (as the service account), then the user binds with its DN. Users may type user, DOMAIN\user or user@domain: {username} is the name without the domain, {domain} the domain, {login} as typed. Needs baseDN. */
  | 'SEARCH';

/** LDAP / Active Directory options; replaces the stored ones. */
export type LdapSettingsInput = {
  /** Search base for the user's entry. */
  baseDN?: string | null | undefined;
  /** How the bind name is formed. */
  bindKind: LdapBindKind;
  /** Domain for bare names (Active Directory). */
  defaultDomain?: string | null | undefined;
  /** Display name attribute (default displayName). */
  displayNameAttribute?: string | null | undefined;
  /** DN template with {username} (DN_TEMPLATE). */
  dnTemplate?: string | null | undefined;
  /** Email attribute (default mail). */
  emailAttribute?: string | null | undefined;
  /** Search filter. */
  filter?: string | null | undefined;
  /** Service account DN. */
  serviceAccountDn?: string | null | undefined;
  /** Service account password: omitted or null keeps the stored one, empty string clears it. */
  serviceAccountPassword?: string | null | undefined;
  /** Use StartTLS (default false). */
  startTls?: boolean | null | undefined;
  /** UPN suffix for bare names (Active Directory). */
  upnSuffix?: string | null | undefined;
  /** ldap://host:389 or ldaps://host:636. */
  url: string;
};

/** Leaves a message while chat is offline: it becomes a ticket (002 L3505). */
export type LeaveChatMessageInput = {
  /** The department's ticket custom fields. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** The department the message is for. */
  departmentId: string | number;
  /** Where replies go; required unless signed in. */
  email?: string | null | undefined;
  /** The message (the ticket's first message; its first line is the subject). */
  message: string;
  /** The customer's name. */
  name: string;
};

/** Link or unlink two tickets as related items (002 L3005). */
export type LinkTicketsInput = {
  /** The related ticket. */
  relatedTicketId: string | number;
  /** The ticket. */
  ticketId: string | number;
};

/** Chats to delete or restore. */
export type LiveChatIdsInput = {
  /** The chats (at most 100). */
  chatIds: Array<string | number>;
};

/** Live chat advanced search, General Criteria (002 L3537-3561). */
export type LiveChatSearchInput = {
  /** Agent (Employee). */
  agentId?: string | number | null | undefined;
  /** Chat Number. */
  chatNumber?: number | null | undefined;
  /** Custom Fields: each given field must hold exactly this value (002 L3559-3561). */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Customer Name (contains, case-insensitive). */
  customerName?: string | null | undefined;
  /** Customer Username (exact, case-insensitive). */
  customerUsername?: string | null | undefined;
  /** Email Address (contains, case-insensitive). */
  email?: string | null | undefined;
  /** Group. */
  groupId?: string | number | null | undefined;
  /** Max Results (default 50, at most 500). */
  maxResults?: number | null | undefined;
  /** Search In (default NOT_DELETED). */
  searchIn?: ChatSearchIn | null | undefined;
  /** Search String: all sections of the chats (question and messages). */
  searchString?: string | null | undefined;
  /** Sort Results (default NEWEST_FIRST). */
  sort?: ChatSortOrder | null | undefined;
  /** Date Range start (chat started at or after). */
  startedFrom?: string | null | undefined;
  /** Date Range end (chat started before). */
  startedTo?: string | null | undefined;
  /** Status. */
  status?: ChatStatus | null | undefined;
};

/** Live chat list views (002 L3312, L3322-3326), always within the caller's scope. */
export type LiveChatView =
  /** Every active chat I may see. */
  | 'ACTIVE'
  /** Every ended chat I may see. */
  | 'COMPLETED'
  /** Chats I own that are going on. */
  | 'MY_ACTIVE'
  /** Chats I owned that ended. */
  | 'MY_COMPLETED'
  /** Queued chats of my groups (oldest first). */
  | 'QUEUE';

/** Credentials for login. */
export type LoginInput = {
  /** Password. */
  password: string;
  /** Username (case-insensitive). */
  username: string;
};

/** Single sign-on with another site's cookie (docs/providers.md, Single sign-on). */
export type LoginWithSignInCookieInput = {
  /** The value of the other site's sign-in cookie (or token) as the frontend read it; the login provider verifies it (GetSignInCookieInfo). */
  cookieValue: string;
};

/** Connection security of a mail server account. */
export type MailEncryption =
  /** Plain connection (STARTTLS is not attempted). */
  | 'NONE'
  /** Implicit TLS from the first byte (SMTPS 465, POP3S 995, IMAPS 993). */
  | 'SSL'
  /** Plain connection upgraded with STARTTLS / STLS before logging in (required). */
  | 'TLS';

/** Protocol of an inbound mail account. */
export type MailProtocol =
  /** IMAP4rev1: UIDVALIDITY and UID identify messages in the chosen folder. */
  | 'IMAP'
  /** POP3 (002 L6964-6984): UIDL identifies messages. */
  | 'POP3';

/** Sort key of spool lists (002 L8073). */
export type MailSpoolSort =
  /** Size of the raw message in bytes. */
  | 'SIZE'
  /** Status name. */
  | 'STATUS'
  /** Subject, alphabetically. */
  | 'SUBJECT'
  /** When the message entered the spool. */
  | 'TIME_IN_SPOOL';

/** Marks the chat read up to a message. */
export type MarkChatReadInput = {
  /** The chat. */
  chatId: string | number;
  /** Read every message up to this sequence number. */
  seq: number;
  /** The visitor token startChat returned (anonymous visitors); signed-in callers leave it out. */
  visitorToken?: string | null | undefined;
};

/** A permanent merge (002 L3202-3222). */
export type MergeTicketsInput = {
  /** The primary ticket, which keeps its properties and custom fields. */
  primaryTicketId: string | number;
  /** Tickets merged into the primary (with it, at most 10). */
  ticketIds: Array<string | number>;
};

/** A member rule (002 L4103-4119). */
export type OrganizationMemberInput = {
  /** What the value is matched against. */
  type: OrganizationMemberType;
  /** Email address, username, domain (example.com) or phone number. */
  value: string;
  /** View Organization Tickets in Portal (default false); not allowed for PHONE_NUMBER. */
  viewOrganizationTicketsInPortal?: boolean | null | undefined;
};

/** The four member filter types of an organization (002 L4103-4111). */
export type OrganizationMemberType =
  /** Users whose email address is at this domain (example.com). */
  | 'DOMAIN_NAME'
  /** Users with exactly this email address. */
  | 'EMAIL_ADDRESS'
  /** Users with this number as one of their phone numbers (digits compared). */
  | 'PHONE_NUMBER'
  /** The user with this username. */
  | 'USERNAME';

/** Why a message was sent. */
export type OutgoingMailKind =
  /** A department autoresponder to a new ticket by email. */
  | 'AUTORESPONDER'
  /** A copy to an agent's Copy To Address (002 L6249). */
  | 'COPY_TO'
  /** Sent by an event rule's action. */
  | 'EVENT'
  /** An Email Rejected Due to Lock / New Ticket Requirements / Policy notice. */
  | 'REJECTION'
  /** Another system email template (auto-close, survey, ticket list, …). */
  | 'TEMPLATE'
  /** An agent's reply on a ticket, from the department address. */
  | 'TICKET_REPLY';

/** Where an outgoing message is in the spool. */
export type OutgoingMailStatus =
  /** Every attempt failed; kept until retried or deleted (the spool's Failed folder). */
  | 'FAILED'
  /** Waiting to be sent, or waiting for its next attempt after a failure. */
  | 'QUEUED'
  /** Accepted by the SMTP server. */
  | 'SENT';

/** How much of a feature a role grants (002 L6320-6330). */
export type PermissionLevel =
  /** Exactly the actions listed in customActions. */
  | 'CUSTOM'
  /** Complete control: create, edit, delete and the rest. */
  | 'FULL_CONTROL'
  /** Change things in the feature, without the most destructive actions. */
  | 'MODIFY'
  /** The feature is removed from the role. */
  | 'NONE'
  /** Read only: no create, modify, edit or delete. */
  | 'READ_ONLY';

/** The predefined roles (002 L6265-6275). */
export type PredefinedRole =
  | 'ADMINISTRATOR'
  | 'AGENT'
  | 'EVERYONE'
  | 'MANAGER'
  | 'REGISTERED_USER'
  | 'REGISTERED_USER_VERIFIED_EMAIL';

/** One tab of Settings > External Providers (002 L7975-8058). */
export type ProviderKind =
  /** Live chat provider: StartChat (002 L8035-8044). */
  | 'CHATS'
  /** Custom field provider: GetCustomFieldOptions (002 L8021-8026). */
  | 'CUSTOM_FIELDS'
  /** Events provider: NotifyEventFired (002 L8053-8058). */
  | 'EVENTS'
  /** Login provider: Authenticate and GetSignInCookieInfo (002 L8000-8012). */
  | 'LOGIN'
  /** Registration provider: Register (deskgraph's contract, 002 L8014-8019). */
  | 'REGISTRATION'
  /** Ticket provider: StartTicket (002 L8028-8033). */
  | 'TICKETS'
  /** User information provider: GetUserDetails (002 L8046-8051). */
  | 'USER_INFO';

/** How deskgraph reaches the provider. */
export type ProviderTransport =
  /** An external web service: Web Service URL and Password (docs/providers.md). */
  | 'HTTP'
  /** A JavaScript module loaded into the server (a package name or file path). */
  | 'IN_PROCESS'
  /** An LDAP / Active Directory directory; the login provider only. */
  | 'LDAP';

/** Purge soft-deleted tickets (002 L3264). */
export type PurgeDeletedTicketsInput = {
  /** Purge those deleted before this (default 90 days ago). */
  olderThan?: string | null | undefined;
};

/** A manual rebalancing run; the hold times default to a new Rebalance Rule's (002 L7790-7794). */
export type RebalanceTicketsInput = {
  /** The group to rebalance. */
  groupId: string | number;
  /** Hold After Assigned in minutes (default 20). */
  holdAfterAssignedMinutes?: number | null | undefined;
  /** Hold After Compose in minutes (default 30). */
  holdAfterComposeMinutes?: number | null | undefined;
  /** Hold After Read in minutes (default 10). */
  holdAfterReadMinutes?: number | null | undefined;
  /** Rebalance Pinned After in minutes; null = pinned tickets never move (the default). */
  rebalancePinnedAfterMinutes?: number | null | undefined;
};

/** Input of refreshSession. */
export type RefreshSessionInput = {
  /** The refresh token from login or the previous refresh; it is replaced by a new one. */
  refreshToken: string;
};

/** A portal visitor's registration (002 L5829). */
export type RegisterUserInput = {
  /** The brand whose portal the visitor registers on; the default brand when omitted. */
  brandId?: string | number | null | undefined;
  /** The name shown to agents; the username when omitted. */
  displayName?: string | null | undefined;
  /** The email address (required for registration). */
  email: string;
  /** The password; checked against the password requirements (002 L7551). */
  password: string;
  /** The username to sign in with; unique across users and employees. */
  username: string;
};

/** Give a ticket back to its group's queue. */
export type ReleaseTicketToQueueInput = {
  /** The ticket. */
  ticketId: string | number;
};

/** Removes an agent from a group. */
export type RemoveAgentFromGroupInput = {
  /** The membership. */
  id: string | number;
};

/** Identifies a holiday to remove. */
export type RemoveHolidayInput = {
  /** The holiday. */
  id: string | number;
};

/** Removes a member rule. */
export type RemoveOrganizationMemberInput = {
  /** The member rule. */
  id: string | number;
};

/** Takes a field off a template. */
export type RemoveTemplateFieldInput = {
  /** The template field (CustomFieldTemplateField id). */
  id: string | number;
};

/** What to render a canned reply for. Exactly one context: today a ticket; a live chat id will be added as another optional field when chats exist. */
export type RenderCannedReplyInput = {
  /** Or the live chat the reply is sent to (types CHATS and BOTH; chat variables, plain text). */
  chatId?: string | number | null | undefined;
  /** The canned reply. */
  id: string | number;
  /** The ticket the reply is inserted into. */
  ticketId?: string | number | null | undefined;
};

/** Puts a template's fields in a new order. */
export type ReorderTemplateFieldsInput = {
  /** Every template field id of the template, exactly once, in the new order. */
  templateFieldIds: Array<string | number>;
  /** The template. */
  templateId: string | number;
};

/** A requester's reply from the portal. */
export type ReplyToMyTicketInput = {
  /** The reply. */
  message: TicketMessageInput;
  /** The ticket (must be the caller's). */
  ticketId: string | number;
};

/** An agent's reply (002 L3113-3134). */
export type ReplyToTicketInput = {
  /** Files sent with the reply (each within TicketSettings.maxAttachmentBytes). */
  attachments?: Array<AttachmentUploadInput> | null | undefined;
  /** The reply. */
  message: TicketMessageInput;
  /** Send and Mark …: status after sending (default WAITING). */
  status?: TicketStatus | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

/** A requester asks for their ticket to be closed (002 L8591). */
export type RequestTicketCloseInput = {
  /** Why, in the requester's words (at most 2000 characters). */
  reason?: string | null | undefined;
  /** The ticket (must be the caller's). */
  ticketId: string | number;
};

/** Which template to reset to its default. */
export type ResetEmailTemplateInput = {
  /** The brand. */
  brandId: string | number;
  /** Which template. */
  kind: EmailTemplateKind;
};

/** Which job to run again. */
export type RetryJobInput = {
  /** Global id of a FAILED, CANCELLED or PENDING job. */
  jobId: string | number;
};

/** Input of revokeAllSessionsOf. */
export type RevokeAllSessionsOfInput = {
  /** The employee or user to sign out everywhere. */
  accountId: string | number;
};

/** Input of revokeApiToken. */
export type RevokeApiTokenInput = {
  /** The token to revoke; the tokens it created are revoked with it. */
  id: string | number;
};

/** Input of revokeSession. */
export type RevokeSessionInput = {
  /** One of your sessions (from mySessions). */
  id: string | number;
};

/** Whether a role is for company employees or for end users (002 L6283, L6302). */
export type RoleType =
  | 'EMPLOYEE'
  | 'USER';

/** A message to a live chat from its customer or one of its agents. */
export type SendChatMessageInput = {
  /** The text (plain). Give this or cannedReplyId (agents), not both. */
  body?: string | null | undefined;
  /** Agents: send this canned reply (type CHATS or BOTH), variables filled in for the chat. */
  cannedReplyId?: string | number | null | undefined;
  /** The chat. */
  chatId: string | number;
  /** The visitor token startChat returned (anonymous visitors); signed-in callers leave it out. */
  visitorToken?: string | null | undefined;
};

/** A coaching (whisper) message: agents see it, the customer never does. */
export type SendCoachingMessageInput = {
  /** The text. */
  body: string;
  /** The chat. */
  chatId: string | number;
};

/** The complete role set of an account. */
export type SetAccountRolesInput = {
  /** The employee or user. */
  accountId: string | number;
  /** Every role the account should hold; Everyone and Registered User must stay. Employee roles only on employees. */
  roleIds: Array<string | number>;
};

/** Input of setAgentActiveGroups. */
export type SetAgentActiveGroupsInput = {
  /** Column header checkbox: set live chats in every chat-enabled group at once, before changes. */
  allChats?: boolean | null | undefined;
  /** Column header checkbox (002 L2760): set tickets in every group at once, before changes. */
  allTickets?: boolean | null | undefined;
  /** Per-group changes. */
  changes?: Array<ActiveGroupChange>;
  /** The agent (Employee global id). */
  employeeId: string | number;
};

/** Sets weekdays of a brand's business hours; days not listed keep their hours. */
export type SetBrandBusinessHoursInput = {
  /** The brand. */
  brandId: string | number;
  /** The days to set. */
  days: Array<BusinessHoursDayInput>;
};

/** Typing indicator of the caller in a chat. */
export type SetChatTypingInput = {
  /** The chat. */
  chatId: string | number;
  /** Customers: what they are typing so far, shown to agents (002 L1264); ignored for agents. */
  preview?: string | null | undefined;
  /** True while typing; false when stopped or cleared. */
  typing: boolean;
  /** The visitor token startChat returned (anonymous visitors); signed-in callers leave it out. */
  visitorToken?: string | null | undefined;
};

/** Sets weekdays of a department's own business hours; days not listed keep theirs. */
export type SetDepartmentBusinessHoursInput = {
  /** The days to set. */
  days: Array<BusinessHoursDayInput>;
  /** The department. */
  departmentId: string | number;
};

/** Sets a department's Custom Field Templates (002 L6019, L6030, L6895); omitted kinds are unchanged, null unsets. */
export type SetDepartmentCustomFieldTemplatesInput = {
  /** Template of call logs. */
  callLogTemplateId?: string | number | null | undefined;
  /** The department. */
  departmentId: string | number;
  /** Template of live chats. */
  liveChatTemplateId?: string | number | null | undefined;
  /** Template of tickets (portal submission form). */
  ticketTemplateId?: string | number | null | undefined;
};

/** People custom field values of an employee (002 L6243); others keep their values. */
export type SetEmployeeCustomFieldsInput = {
  /** The employee. */
  employeeId: string | number;
  /** Values of People fields; an empty value clears one. */
  values: Array<CustomFieldValueInput>;
};

/** An administrator sets an employee's password (000 L14-22). */
export type SetEmployeePasswordInput = {
  /** The employee. */
  employeeId: string | number;
  /** Force a password change at next login; omitted = unchanged. */
  forcePasswordChange?: boolean | null | undefined;
  /** The new password; checked against the password requirements. */
  password: string;
};

/** Enables or disables several rules at once. */
export type SetEventRulesEnabledInput = {
  /** Enabled or not. */
  enabled: boolean;
  /** The rules (1-100). */
  ids: Array<string | number>;
};

/** Schedule a follow-up (002 L3172-3186). */
export type SetFollowUpInput = {
  /** Agent who gets it (default: the caller); ignored with autoAssign. */
  agentId?: string | number | null | undefined;
  /** Auto-assign by the group's distribution method when due. */
  autoAssign?: boolean | null | undefined;
  /** When it comes due. */
  followUpAt: string;
  /** Follow-up note (stored as a FOLLOW_UP comment). */
  note?: string | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

/** Input of setMyActiveGroups. */
export type SetMyActiveGroupsInput = {
  /** Column header checkbox: set live chats in every chat-enabled group at once, before changes. */
  allChats?: boolean | null | undefined;
  /** Column header checkbox (002 L2760): set tickets in every group at once, before changes. */
  allTickets?: boolean | null | undefined;
  /** Per-group changes. */
  changes?: Array<ActiveGroupChange>;
};

/** Input of setMyAvailability. */
export type SetMyAvailabilityInput = {
  /** The new availability. */
  availability: Availability;
};

/** Pin or unpin (002 L2885-2887). */
export type SetTicketPinnedInput = {
  /** True pins to the assigned agent; queue tickets cannot be pinned. */
  pinned: boolean;
  /** The ticket. */
  ticketId: string | number;
};

/** People custom field values of a user; fields not listed keep their values. */
export type SetUserCustomFieldsInput = {
  /** The user. */
  userId: string | number;
  /** Values of People fields; an empty value clears one. */
  values: Array<CustomFieldValueInput>;
};

/** Sets a user's password (002 L3984-3986). */
export type SetUserPasswordInput = {
  /** Force a password change at next login; omitted = unchanged. */
  forcePasswordChange?: boolean | null | undefined;
  /** The new password; checked against the password requirements. */
  password: string;
  /** The user. */
  userId: string | number;
};

/** First-run setup, as the Getting Started wizard (002 L1668-1806). */
export type SetupInstallationInput = {
  /** Display Name of that account. */
  adminDisplayName: string;
  /** Email Address of that account. */
  adminEmail: string;
  /** Password of that account; checked against the default password requirements. */
  adminPassword: string;
  /** Username of the Administrator / Employee account. */
  adminUsername: string;
  /** Company name; also the name of the default brand. */
  companyName: string;
  /** Default time zone, an IANA name such as Europe/Berlin. */
  timeZone: string;
};

/** Ascending or descending order. */
export type SortDirection =
  /** Smallest / oldest first. */
  | 'ASC'
  /** Largest / newest first. */
  | 'DESC';

/** Spool messages to act on (Select All = every id of the list). */
export type SpoolMessagesInput = {
  /** Global ids of OutgoingMail or IncomingMail messages (1 to 500). */
  ids: Array<string | number>;
};

/** Starts a live chat through a department (002 L3310-3314). */
export type StartChatInput = {
  /** Pre-chat custom fields of the department's live chat template. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** The department to chat with. */
  departmentId: string | number;
  /** The customer's email address (optional). */
  email?: string | null | undefined;
  /** A group of that department; default its front line group. */
  groupId?: string | number | null | undefined;
  /** The name the customer would like to be called during the chat. */
  name: string;
  /** The initial question: becomes the chat's first message. */
  question: string;
  /** A visitor token from an earlier chat: the new chat joins the same visitor identity. */
  visitorToken?: string | null | undefined;
};

/** A ticket submitted in the portal by a user or an anonymous visitor. */
export type SubmitTicketInput = {
  /** Custom field values of the department's ticket template visible to users (Required by Users applies). */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** Department; must allow the caller's roles to submit (New Tickets in Portal). */
  departmentId: string | number;
  /** Required for anonymous visitors: replies go there. */
  email?: string | null | undefined;
  /** The message (a body is required). */
  message: TicketMessageInput;
  /** Subject. */
  subject: string;
};

/** What syncing one user did. */
export type SyncOutcome =
  /** A new user was created. */
  | 'CREATED'
  /** Nothing was written for this item; see userErrors. */
  | 'FAILED'
  /** The user already matched; nothing was written. */
  | 'UNCHANGED'
  /** An existing user was changed. */
  | 'UPDATED';

/** One user as the external system (billing, WHMCS-style, 002 L2644-2680) has it. Matched by externalId, else by email; omitted fields keep their value. */
export type SyncUserInput = {
  /** Disabled users cannot sign in; their sessions end. */
  disabled?: boolean | null | undefined;
  /** Display name (default: the username). */
  displayName?: string | null | undefined;
  /** Email address; also the username when none is given (002 L2675-2677). */
  email: string;
  /** The user's id in the external system. */
  externalId?: string | null | undefined;
  /** Force password change at next login (002 L3986: applies to users created this way). */
  forcePasswordChange?: boolean | null | undefined;
  /** Organization (created when missing) gaining a USERNAME member rule for this user. */
  organizationName?: string | null | undefined;
  /** A new password (checked against the password requirements). Not with passwordHash. */
  password?: string | null | undefined;
  /** An argon2 hash ($argon2id$…, $argon2i$…, $argon2d$…) stored as is. Not with password. */
  passwordHash?: string | null | undefined;
  /** User role names; replaces the user's roles (Everyone and Registered User are always kept). */
  roleNames?: Array<string> | null | undefined;
  /** Login name (default: the email address). */
  username?: string | null | undefined;
};

/** A batch of users to create or update (at most 500). */
export type SyncUsersInput = {
  /** The users; each is applied in its own transaction. */
  users: Array<SyncUserInput>;
};

/** An agent takes a chat from the queue or from another agent (002 L3409). */
export type TakeChatInput = {
  /** The chat. */
  chatId: string | number;
};

/** Take a ticket from its group's queue. */
export type TakeTicketInput = {
  /** The ticket. */
  ticketId: string | number;
};

/** Who the field is available to on a template (002 L6911). */
export type TemplateFieldVisibility =
  /** Agents only: never shown to, nor settable by, users. */
  | 'AGENTS'
  /** Users and agents. */
  | 'BOTH'
  /** Shown to users on the portal forms; agents see the stored value. */
  | 'USERS';

/** What happened to a ticket (the ticket domain events, docs/tickets.md). */
export type TicketChangeKind =
  /** The assigned agent changed (or the ticket went back to the queue). */
  | 'ASSIGNED'
  /** A comment was added (agents only). */
  | 'COMMENT_ADDED'
  /** The ticket was created. */
  | 'CREATED'
  /** The ticket was deleted. */
  | 'DELETED'
  /** A follow-up came due. */
  | 'FOLLOW_UP_DUE'
  /** Other tickets were merged into this one. */
  | 'MERGED'
  /** A customer or agent message was added. */
  | 'MESSAGE_ADDED'
  /** The ticket was restored. */
  | 'RESTORED'
  /** The status changed. */
  | 'STATUS_CHANGED'
  /** The ticket moved to another department or group. */
  | 'TRANSFERRED'
  /** Fields changed (see changedFields). */
  | 'UPDATED';

/** Kind of internal comment (002 L2998, L3412); comments are never shown to the requester. */
export type TicketCommentType =
  /** The note given with a follow-up (002 L3179). */
  | 'FOLLOW_UP'
  /** A general note. */
  | 'GENERAL'
  /** A resolution, stored in the searchable resolutions database (002 L3000). */
  | 'RESOLUTION'
  /** Always stays at the top of the timeline (002 L2998). */
  | 'STICKY'
  /** The reason given with a transfer (002 L3246). */
  | 'TRANSFER';

/** A custom field criterion (002 L3300-3302): the field by id or name (case-insensitive) and the value to find. TEXT and MULTI_LINE_TEXT values match when they contain it (case-insensitive); other types match the value exactly, written as the data type requires. */
export type TicketCustomFieldCriterion = {
  /** The custom field's id; or give name. */
  fieldId?: string | number | null | undefined;
  /** The custom field's name; or give fieldId. */
  name?: string | null | undefined;
  /** The value to find (not empty). */
  value: string;
};

/** Who started the conversation (002 L2946-2983). */
export type TicketDirection =
  /** The customer contacted the company. */
  | 'INBOUND'
  /** An agent contacted the customer. */
  | 'OUTBOUND';

/** Filters of the ticket lists; all given ones must match. */
export type TicketFilter = {
  /** Assigned agent. */
  agentId?: string | number | null | undefined;
  /** Deleted tickets only (true) instead of live ones. */
  deleted?: boolean | null | undefined;
  /** Department. */
  departmentId?: string | number | null | undefined;
  /** Only tickets with a scheduled or due follow-up. */
  followUps?: boolean | null | undefined;
  /** Group. */
  groupId?: string | number | null | undefined;
  /** Pinned (true) or not (false). */
  pinned?: boolean | null | undefined;
  /** Only tickets transferred in the last 30 days. */
  recentlyTransferred?: boolean | null | undefined;
  /** Any of these statuses. */
  status?: Array<TicketStatus> | null | undefined;
};

/** How an agent receives a group's tickets (002 L6089-6095). */
export type TicketHandling =
  /** First to receive tickets by round robin. */
  | 'PRIMARY_GROUP'
  /** A member who sees the group's tickets but takes them from the queue. */
  | 'PULL_FROM_QUEUE'
  /** Receives round-robin tickets only once the primary agents are full. */
  | 'SECONDARY_GROUP';

/** Tickets by id. */
export type TicketIdsInput = {
  /** The tickets. */
  ticketIds: Array<string | number>;
};

/** Who wrote a message (002 L3052-3062). */
export type TicketMessageDirection =
  /** From the customer. */
  | 'INCOMING'
  /** From an agent. */
  | 'OUTGOING';

/** A message body with its copies (002 L2962-2970). */
export type TicketMessageInput = {
  /** Blind-copy addresses (agents only). */
  bcc?: Array<string> | null | undefined;
  /** Carbon-copy addresses. */
  cc?: Array<string> | null | undefined;
  /** HTML body. */
  htmlBody?: string | null | undefined;
  /** Plain-text body. */
  textBody?: string | null | undefined;
};

/** Ticket priority (002 L2859). */
export type TicketPriority =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Normal (the default). */
  | 'NORMAL'
  /** Urgent. */
  | 'URGENT';

/** Kind of a related item; chats, call logs and tasks join when their modules exist (002 L3005). */
export type TicketRelatedItemKind =
  /** Another ticket. */
  | 'TICKET';

/** General Criteria of the ticket Advanced Search (002 L3282-3302); all given ones must match (AND). Max Results is the connection's page size (first). */
export type TicketSearchCriteria = {
  /** Agent: the assigned agent. */
  agentId?: string | number | null | undefined;
  /** Custom field values; every one must match. */
  customFields?: Array<TicketCustomFieldCriterion> | null | undefined;
  /** Customer name: part of the requesting user's display name (case-insensitive). */
  customerName?: string | null | undefined;
  /** Customer Username: the requesting user's login name, exactly (case-insensitive). */
  customerUsername?: string | null | undefined;
  /** Which time the Date Range applies to (default CREATED). */
  dateField?: TicketSearchDateField | null | undefined;
  /** Date Range start (inclusive). */
  dateFrom?: string | null | undefined;
  /** Date Range end (inclusive). */
  dateTo?: string | null | undefined;
  /** The agent who deleted the ticket (002 L3101; meaningful with items ONLY_DELETED). */
  deletedById?: string | number | null | undefined;
  /** Departments/Groups: a department (all its groups). */
  departmentId?: string | number | null | undefined;
  /** Email Address: the requester's address on the ticket, exactly (case-insensitive). */
  email?: string | null | undefined;
  /** Departments/Groups: one group. */
  groupId?: string | number | null | undefined;
  /** Items to Include (default EXCEPT_DELETED). */
  items?: TicketSearchItems | null | undefined;
  /** Priority: any of these. */
  priority?: Array<TicketPriority> | null | undefined;
  /** Status: any of these. */
  status?: Array<TicketStatus> | null | undefined;
  /** Ticket Number, exactly (case-insensitive); old numbers of merged tickets find the primary. */
  ticketNumber?: string | null | undefined;
};

/** Which time of a ticket the Date Range applies to (002 L3289; the seed names no field). */
export type TicketSearchDateField =
  /** Closing time (tickets never closed do not match). */
  | 'CLOSED'
  /** Submission time (the default). */
  | 'CREATED'
  /** Deletion time (with items ONLY_DELETED). */
  | 'DELETED'
  /** Last message, status change or transfer. */
  | 'LAST_ACTIVITY';

/** Items to Include of the advanced search (002 L3291). */
export type TicketSearchItems =
  /** All ticket items EXCEPT deleted items (the default). */
  | 'EXCEPT_DELETED'
  /** Only deleted items (not yet purged). */
  | 'ONLY_DELETED';

/** Sort keys of ticket lists (002 L2861); the last tie-breaker is always idle time. */
export type TicketSortField =
  /** Time since submission. */
  | 'DURATION'
  /** Requester email. */
  | 'EMAIL'
  /** Follow-up time. */
  | 'FOLLOW_UP'
  /** Time since the last action. */
  | 'IDLE'
  /** Ticket number. */
  | 'NUMBER'
  /** Priority (ascending = Low first). */
  | 'PRIORITY'
  /** Overall weight of the text match (searchTickets with text only, and its default there). */
  | 'RELEVANCE'
  /** Status. */
  | 'STATUS'
  /** Subject. */
  | 'SUBJECT';

/** The channel through which a ticket was created. */
export type TicketSource =
  /** Created by an agent in the management interface. */
  | 'AGENT'
  /** Created through the API with an API token. */
  | 'API'
  /** Created from an incoming email. */
  | 'EMAIL'
  /** Submitted in the customer portal. */
  | 'PORTAL';

/** Where a ticket is in its lifecycle (seed-B §2.1). */
export type TicketStatus =
  /** Needs an agent's action (new, or the customer replied). */
  | 'ACTIVE'
  /** Closed; a customer reply re-opens it. */
  | 'CLOSED'
  /** Closed and locked: replies are rejected due to lock. */
  | 'CLOSED_AND_LOCKED'
  /** An agent replied; waiting for the customer. */
  | 'WAITING';

/** Transfers a chat to an agent, a group or a department (002 L3488-3501). */
export type TransferChatInput = {
  /** The new agent (a member of the target group). */
  agentId?: string | number | null | undefined;
  /** The chat. */
  chatId: string | number;
  /** A note for the agents (shown in the transfer message). */
  comment?: string | null | undefined;
  /** The new department (its front line group unless groupId is given). */
  departmentId?: string | number | null | undefined;
  /** The new group; default the chat's group, or the department's front line. */
  groupId?: string | number | null | undefined;
};

/** A transfer (002 L3228-3248). */
export type TransferTicketInput = {
  /** Target agent (must be in the target group); omit to auto-assign. */
  agentId?: string | number | null | undefined;
  /** Transfer comment: actions taken / reason. */
  comment?: string | null | undefined;
  /** Target department (its front line group unless groupId is given). */
  departmentId?: string | number | null | undefined;
  /** Target group (default: the current group). */
  groupId?: string | number | null | undefined;
  /** Pin to the receiving agent. */
  pin?: boolean | null | undefined;
  /** New priority (usually unchanged). */
  priority?: TicketPriority | null | undefined;
  /** New status (usually ACTIVE). */
  status?: TicketStatus | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

/** Runs a manual event on one item. */
export type TriggerManualEventInput = {
  /** The item: a Ticket for Manual Ticket Event, a LiveChat for Manual Live Chat Event. */
  itemId: string | number;
  /** The rule (its event type must be a Manual … Event). */
  ruleId: string | number;
};

/** Changes an agent's settings in a group; the agent itself cannot change. */
export type UpdateAgentGroupMembershipInput = {
  /** Auto-Inactive enabled (needs autoInactiveMinutes). */
  autoInactiveEnabled?: boolean | null | undefined;
  /** Auto-Inactive after this many minutes (at least 1). */
  autoInactiveMinutes?: number | null | undefined;
  /** Chat Handling (default PRIMARY_GROUP). */
  chatHandling?: ChatHandling | null | undefined;
  /** Automatically go active upon login (default true). */
  goActiveOnLogin?: boolean | null | undefined;
  /** Hand-off on Auto-Inactive. */
  handOffOnAutoInactive?: boolean | null | undefined;
  /** The membership. */
  id: string | number;
  /** Max Tickets for this group (at least 0); null = no limit. */
  maxTickets?: number | null | undefined;
  /** Ticket Handling (default PRIMARY_GROUP). */
  ticketHandling?: TicketHandling | null | undefined;
};

/** Changes a brand's settings, tab by tab; omitted tabs are unchanged. */
export type UpdateBrandInput = {
  /** Cookie Disclaimer tab. */
  cookieDisclaimer?: BrandCookieDisclaimerInput | null | undefined;
  /** Custom Messages tab. */
  customMessages?: BrandCustomMessagesInput | null | undefined;
  /** The brand. */
  id: string | number;
  /** Options tab. */
  options?: BrandOptionsInput | null | undefined;
  /** Permissions tab. */
  permissions?: BrandPermissionsInput | null | undefined;
  /** Portal tab. */
  portal?: BrandPortalInput | null | undefined;
};

/** Rename or move a folder (Edit Folder, 002 L4542-4544). */
export type UpdateCannedReplyFolderInput = {
  /** The folder. */
  id: string | number;
  /** true: move to the top level (parentId ignored). */
  moveToTopLevel?: boolean | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New parent; not the folder itself or one inside it. */
  parentId?: string | number | null | undefined;
};

/** Changes to a canned reply; omitted fields stay. Needs CANNED_REPLIES_EDIT, and for status, type and language also MARK_DRAFT, CHANGE_TYPE and CHANGE_LANGUAGE when they change. */
export type UpdateCannedReplyInput = {
  /** New HTML body. */
  body?: string | null | undefined;
  /** true: clear the language (any language; CHANGE_LANGUAGE). language is ignored then. */
  clearLanguage?: boolean | null | undefined;
  /** With scope DEPARTMENT: the department. */
  departmentId?: string | number | null | undefined;
  /** Move to this folder (Move, 002 L4534). */
  folderId?: string | number | null | undefined;
  /** The canned reply. */
  id: string | number;
  /** New language tag (CHANGE_LANGUAGE). */
  language?: string | null | undefined;
  /** true: move to the root folder (folderId ignored). */
  moveToRoot?: boolean | null | undefined;
  /** New title. */
  name?: string | null | undefined;
  /** New Assign To; PERSONAL makes the caller the owner; DEPARTMENT needs departmentId. */
  scope?: CannedReplyScope | null | undefined;
  /** New status (MARK_DRAFT). */
  status?: CannedReplyStatus | null | undefined;
  /** New type (CHANGE_TYPE). */
  type?: CannedReplyType | null | undefined;
};

/** Changes a definition; omitted fields are unchanged. appliesTo and dataType are locked once the field has stored values or is on a template (FIELD_IN_USE). */
export type UpdateCustomFieldInput = {
  /** New Applies To. */
  appliesTo?: CustomFieldAppliesTo | null | undefined;
  /** New Data Type. */
  dataType?: CustomFieldDataType | null | undefined;
  /** New Default Value; null or empty clears it. */
  defaultValue?: string | null | undefined;
  /** The custom field. */
  id: string | number;
  /** New list options (replace the old ones). Values already stored stay as they are. */
  listOptions?: Array<string> | null | undefined;
  /** New Field Name. */
  name?: string | null | undefined;
};

/** Renames a template. */
export type UpdateCustomFieldTemplateInput = {
  /** New Display Name. */
  displayName: string;
  /** The template. */
  id: string | number;
};

/** A department's live chat settings to change; fields left out keep their value. */
export type UpdateDepartmentChatSettingsInput = {
  /** After Live Chat; "" clears. */
  afterChatMessage?: string | null | undefined;
  /** Agent Welcome in Live Chat; "" clears. */
  agentWelcomeMessage?: string | null | undefined;
  /** Auto-Delete After, in days (1-36500); 0 = never. */
  autoDeleteAfterDays?: number | null | undefined;
  /** The department. */
  departmentId: string | number;
  /** Email the transcript to the customer's address when a chat ends. */
  emailTranscriptOnEnd?: boolean | null | undefined;
  /** Not Available Message; "" clears. */
  notAvailableMessage?: string | null | undefined;
  /** Show position in the queue to user while waiting. */
  showQueuePosition?: boolean | null | undefined;
  /** Survey to Offer After Chat (its URL); "" clears. */
  surveyUrl?: string | null | undefined;
  /** Waiting for Live Chat (may hold #QueueCount#); "" clears. */
  waitingMessage?: string | null | undefined;
};

/** Changes a department; omitted fields are unchanged. */
export type UpdateDepartmentInput = {
  /** Allow all agents to find items in this department using advanced search. */
  allowAllAgentsToFindItemsInAdvancedSearch?: boolean | null | undefined;
  /** Allow managers outside of this Department to view its contents. */
  allowManagersOutsideToView?: boolean | null | undefined;
  /** Moves the department to another brand. */
  brandId?: string | number | null | undefined;
  /** Call Logs tab. */
  callLogs?: DepartmentCallLogSettingsInput | null | undefined;
  /** Custom Messages tab. */
  customMessages?: DepartmentCustomMessagesInput | null | undefined;
  /** Makes another group the front line group. */
  frontLineGroup?: FrontLineGroupInput | null | undefined;
  /** The department. */
  id: string | number;
  /** Inherit business hours from Brand. */
  inheritBusinessHoursFromBrand?: boolean | null | undefined;
  /** Inherit holidays from Brand. */
  inheritHolidaysFromBrand?: boolean | null | undefined;
  /** Mark Time Logs as billable by default. */
  markTimeLogsBillableByDefault?: boolean | null | undefined;
  /** Department Name. */
  name?: string | null | undefined;
  /** Preferred Language tag (e.g. en, de-DE). */
  preferredLanguage?: string | null | undefined;
  /** Tickets tab. */
  tickets?: DepartmentTicketSettingsInput | null | undefined;
};

/** Email options; absent fields keep their value. */
export type UpdateEmailSettingsInput = {
  /** Automated Email Blacklist: addresses or domains. */
  blacklist?: Array<string> | null | undefined;
  /** Default Encoding (a charset name such as UTF-8). */
  defaultEncoding?: string | null | undefined;
  /** Delete Failed Emails After, days (1 to 3650). */
  deleteFailedAfterDays?: number | null | undefined;
  /** Delete Raw Content After, days (1 to 3650). */
  deleteRawAfterDays?: number | null | undefined;
  /** Delivery Delay in seconds (0 to 3600). */
  deliveryDelaySeconds?: number | null | undefined;
  /** Filter duplicate incoming emails. */
  filterDuplicates?: boolean | null | undefined;
  /** Remove redundant embedded replies. */
  removeRedundantReplies?: boolean | null | undefined;
};

/** New text of a brand's template. */
export type UpdateEmailTemplateInput = {
  /** The brand. */
  brandId: string | number;
  /** HTML body with variables. */
  html: string;
  /** Which template. */
  kind: EmailTemplateKind;
  /** Subject with variables (ignored for the Master Template). */
  subject: string;
};

/** Changes to an employee; omitted fields stay as they are, null clears a text field. */
export type UpdateEmployeeInput = {
  /** Postal address (Home Address for employees). */
  address?: string | null | undefined;
  /** Authentication Domain (ACTIVE_DIRECTORY only). */
  authenticationDomain?: string | null | undefined;
  /** How the employee signs in; leaving PASSWORD discards the stored password. */
  authenticationMethod?: AuthenticationMethod | null | undefined;
  /** Block chat while composing call logs. */
  blockChatWhileComposingCallLogs?: boolean | null | undefined;
  /** Cell Phone. */
  cellPhone?: string | null | undefined;
  /** Company. */
  company?: string | null | undefined;
  /** Copy To Address for an external email client. */
  copyToAddress?: string | null | undefined;
  /** Whether copying to copyToAddress is on (default on). */
  copyToEnabled?: boolean | null | undefined;
  /** Display Name. */
  displayName?: string | null | undefined;
  /** Display Name for Chat (an alias in live chats). */
  displayNameForChat?: string | null | undefined;
  /** Business email address. */
  email?: string | null | undefined;
  /** Email new messages from conversations. */
  emailNewMessagesFromConversations?: boolean | null | undefined;
  /** Email summaries of subscribed community posts. */
  emailSummariesOfSubscribedCommunityPosts?: boolean | null | undefined;
  /** Id in an external system; unique. */
  externalId?: string | null | undefined;
  /** Force password change at next login (PASSWORD only). */
  forcePasswordChange?: boolean | null | undefined;
  /** Home Phone. */
  homePhone?: string | null | undefined;
  /** Hourly Cost for Reporting (default 10.00). */
  hourlyCost?: number | null | undefined;
  /** The employee. */
  id: string | number;
  /** Max Active Live Chats (default 1). */
  maxActiveLiveChats?: number | null | undefined;
  /** Max Tickets (overall); null removes the cap. */
  maxTickets?: number | null | undefined;
  /** Other Phone. */
  otherPhone?: string | null | undefined;
  /** Other Reply From Address(es); replaces the list. */
  otherReplyFromAddresses?: Array<string> | null | undefined;
  /** A new password; needed when switching to PASSWORD authentication. */
  password?: string | null | undefined;
  /** Play chat sounds (default on). */
  playChatSounds?: boolean | null | undefined;
  /** Play sound when a chat is queued (default on). */
  playSoundWhenChatQueued?: boolean | null | undefined;
  /** Pop-up new chats automatically (default on). */
  popUpNewChatsAutomatically?: boolean | null | undefined;
  /** Portal Signature. */
  portalSignature?: string | null | undefined;
  /** Preferred Language, a language tag such as en or de-DE. */
  preferredLanguage?: string | null | undefined;
  /** Subscribe to community posts automatically. */
  subscribeToCommunityPostsAutomatically?: boolean | null | undefined;
  /** Time Zone, an IANA name such as Europe/Berlin. */
  timeZone?: string | null | undefined;
  /** New username, unique across employees and users. */
  username?: string | null | undefined;
  /** Website. */
  website?: string | null | undefined;
  /** Work Phone. */
  workPhone?: string | null | undefined;
};

/** Changes to an event rule; omitted fields keep their value. */
export type UpdateEventRuleInput = {
  /** Replaces every action. */
  actions?: Array<EventRuleActionInput> | null | undefined;
  /** Replaces every condition. */
  conditions?: Array<EventRuleConditionInput> | null | undefined;
  /** Enabled. */
  enabled?: boolean | null | undefined;
  /** New event type of the same category. */
  eventType?: string | null | undefined;
  /** The rule. */
  id: string | number;
  /** New name. */
  name?: string | null | undefined;
};

/** Settings of the events engine. */
export type UpdateEventSettingsInput = {
  /** Stop Idle Events After, in days (1-3650); null = never stop. */
  stopIdleEventsAfterDays?: number | null | undefined;
};

/** Changes to one provider's settings; omitted fields keep their value. Secrets: omitted or null keeps, an empty string clears. */
export type UpdateExternalProviderInput = {
  /** Custom Login URL (login provider). */
  customLoginUrl?: string | null | undefined;
  /** Default Role for Users (a user role); null: Registered User (login provider). */
  defaultUserRoleId?: string | number | null | undefined;
  /** Enable single sign-on cookies from other sites (login provider). */
  enableSignInCookies?: boolean | null | undefined;
  /** Enable the provider. */
  enabled?: boolean | null | undefined;
  /** Failure policy override; null: the default. */
  failurePolicy?: FailurePolicy | null | undefined;
  /** Forgot Password URL (login provider). */
  forgotPasswordUrl?: string | null | undefined;
  /** The provider tab to change. */
  kind: ProviderKind;
  /** LDAP options (login provider only). */
  ldap?: LdapSettingsInput | null | undefined;
  /** Mark email addresses as verified (login provider). */
  markEmailVerified?: boolean | null | undefined;
  /** In-process module export (default: default). */
  moduleExport?: string | null | undefined;
  /** In-process module: a package name or a path under plugins/ (installed by the operator). */
  moduleSpecifier?: string | null | undefined;
  /** Signing secret of the request signature (write-only). */
  signingSecret?: string | null | undefined;
  /** Per-call timeout, 100-60000 ms; null: the default. */
  timeoutMs?: number | null | undefined;
  /** How the provider is reached. */
  transport?: ProviderTransport | null | undefined;
  /** Web Service Password (write-only). */
  webServicePassword?: string | null | undefined;
  /** Web Service URL (http or https). */
  webServiceUrl?: string | null | undefined;
};

/** Changes a group; omitted fields are unchanged. */
export type UpdateGroupInput = {
  /** The group. */
  id: string | number;
  /** Group Name. */
  name?: string | null | undefined;
  /** Time Estimates tab. */
  timeEstimates?: GroupTimeEstimatesInput | null | undefined;
};

/** System-wide live chat settings to change; fields left out keep their value. */
export type UpdateLiveChatSettingsInput = {
  /** Seconds queued before a chat is abandoned; 0 = never. */
  abandonQueuedAfterSeconds?: number | null | undefined;
  /** Allow end users to send attachments. */
  allowCustomerAttachments?: boolean | null | undefined;
  /** Disallow new chats outside of business hours. */
  disallowOutsideBusinessHours?: boolean | null | undefined;
  /** Seconds idle before a chat ends; 0 = never. */
  endIdleAfterSeconds?: number | null | undefined;
  /** Hand-off - agent disconnected, in seconds after the presence grace period; 0 = off. */
  handOffAgentDisconnectedSeconds?: number | null | undefined;
  /** Hand-off - no follow-up response, in seconds; 0 = off. */
  handOffNoFollowUpSeconds?: number | null | undefined;
  /** Hand-off - no initial response, in seconds; 0 = off. */
  handOffNoInitialResponseSeconds?: number | null | undefined;
  /** Seconds without messages before a chat is idle (1 or more). */
  idleAfterSeconds?: number | null | undefined;
  /** Longest message in characters (1-100000). */
  maxMessageLength?: number | null | undefined;
  /** Messages per window per sender (1-10000). */
  rateLimitMessages?: number | null | undefined;
  /** The flood window in seconds (1-3600). */
  rateLimitWindowSeconds?: number | null | undefined;
};

/** Changes to an inbound mail account; absent fields keep their value. */
export type UpdateMailAccountInput = {
  /** Whether new mail may start tickets. */
  acceptNewTickets?: boolean | null | undefined;
  /** Another department. */
  departmentId?: string | number | null | undefined;
  /** The mailbox's address. */
  emailAddress?: string | null | undefined;
  /** Poll it. */
  enabled?: boolean | null | undefined;
  /** Encryption. */
  encryption?: MailEncryption | null | undefined;
  /** IMAP folder. */
  folder?: string | null | undefined;
  /** The account. */
  id: string | number;
  /** Ignore SSL warnings. */
  ignoreSslWarnings?: boolean | null | undefined;
  /** Import Frequency in minutes. */
  importFrequencyMinutes?: number | null | undefined;
  /** Leave Messages on Server. */
  leaveMessagesOnServer?: boolean | null | undefined;
  /** New Login Password (write-only); absent keeps it. */
  password?: string | null | undefined;
  /** Port. */
  port?: number | null | undefined;
  /** POP3 or IMAP. */
  protocol?: MailProtocol | null | undefined;
  /** Server host name. */
  server?: string | null | undefined;
  /** Able to Start Tickets role; empty string = Everyone. */
  startTicketsRoleId?: string | number | null | undefined;
  /** Login Username. */
  username?: string | null | undefined;
};

/** Changes to an organization's details. */
export type UpdateOrganizationInput = {
  /** Address 1. */
  address1?: string | null | undefined;
  /** Address 2. */
  address2?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Country. */
  country?: string | null | undefined;
  /** The organization. */
  id: string | number;
  /** Organization Name. */
  name?: string | null | undefined;
  /** # of Employees, a range such as 11-50. */
  numberOfEmployees?: string | null | undefined;
  /** Phone Number. */
  phoneNumber?: string | null | undefined;
  /** State/Province. */
  stateProvince?: string | null | undefined;
  /** Company website. */
  website?: string | null | undefined;
  /** Zip/Postal Code. */
  zipPostalCode?: string | null | undefined;
};

/** Changes a member rule; omitted fields stay as they are. */
export type UpdateOrganizationMemberInput = {
  /** The member rule. */
  id: string | number;
  /** New type. */
  type?: OrganizationMemberType | null | undefined;
  /** New value. */
  value?: string | null | undefined;
  /** View Organization Tickets in Portal. */
  viewOrganizationTicketsInPortal?: boolean | null | undefined;
};

/** Changes to a role; omitted fields stay as they are. */
export type UpdateRoleInput = {
  /** New description. */
  description?: string | null | undefined;
  /** Replaces the whole grant list; features not listed become NONE. */
  grants?: Array<FeatureGrantInput> | null | undefined;
  /** The role. */
  id: string | number;
  /** New name (custom roles only). */
  name?: string | null | undefined;
};

/** Changes to the security settings; omitted (or null) fields keep their value. */
export type UpdateSecuritySettingsInput = {
  /** Enable brute force protection. */
  bruteForceProtectionEnabled?: boolean | null | undefined;
  /** Disable password strength for existing passwords. */
  disablePasswordStrengthForExistingPasswords?: boolean | null | undefined;
  /** Lockout duration in minutes (1-1440). */
  lockoutMinutes?: number | null | undefined;
  /** Failed sign-ins before lockout (1-100). */
  maxFailedLoginAttempts?: number | null | undefined;
  /** Minimum password length (1-128). */
  minimumPasswordLength?: number | null | undefined;
  /** Require lowercase letters. */
  requireLowercase?: boolean | null | undefined;
  /** Require numbers. */
  requireNumbers?: boolean | null | undefined;
  /** Require password does not match username. */
  requirePasswordNotUsername?: boolean | null | undefined;
  /** Require symbol. */
  requireSymbol?: boolean | null | undefined;
  /** Require uppercase letters. */
  requireUppercase?: boolean | null | undefined;
};

/** Changes to an SMTP account; absent fields keep their value. */
export type UpdateSmtpAccountInput = {
  /** Department whose replies it sends; empty string clears it. */
  departmentId?: string | number | null | undefined;
  /** Display name. */
  displayName?: string | null | undefined;
  /** From address. */
  emailAddress?: string | null | undefined;
  /** Encryption. */
  encryption?: MailEncryption | null | undefined;
  /** The account. */
  id: string | number;
  /** Ignore SSL warnings. */
  ignoreSslWarnings?: boolean | null | undefined;
  /** Make this the brand's default account. */
  isDefault?: boolean | null | undefined;
  /** New SMTP Auth Password (write-only); absent keeps it, empty string removes it. */
  password?: string | null | undefined;
  /** Port. */
  port?: number | null | undefined;
  /** SMTP server host name. */
  server?: string | null | undefined;
  /** SMTP Auth Username. */
  username?: string | null | undefined;
};

/** Changes a template field's label and flags; omitted fields are unchanged. */
export type UpdateTemplateFieldInput = {
  /** New Display Name. */
  displayName?: string | null | undefined;
  /** The template field (CustomFieldTemplateField id). */
  id: string | number;
  /** Required by Users (not with visibility AGENTS). */
  requiredByUsers?: boolean | null | undefined;
  /** Required for Agents to close tickets. */
  requiredForAgentsToClose?: boolean | null | undefined;
  /** Required for Agents to save or send. */
  requiredForAgentsToSaveOrSend?: boolean | null | undefined;
  /** Show in communication view. */
  showInCommunicationView?: boolean | null | undefined;
  /** New Visibility. */
  visibility?: TemplateFieldVisibility | null | undefined;
};

/** Change Subject / Change Email Address (002 L3158-3162). */
export type UpdateTicketHeaderInput = {
  /** Custom field values to set ("" clears one); checked with the stored ones against Required for Agents to save or send. */
  customFields?: Array<CustomFieldValueInput> | null | undefined;
  /** New requester email for all future replies. */
  requesterEmail?: string | null | undefined;
  /** New subject for all future replies. */
  subject?: string | null | undefined;
  /** The ticket. */
  ticketId: string | number;
};

/** Changes to the ticket settings; omitted fields are unchanged. */
export type UpdateTicketSettingsInput = {
  /** Largest attachment in bytes (1 to 104857600). */
  maxAttachmentBytes?: number | null | undefined;
};

/** Changes to a time log; omitted fields are unchanged. */
export type UpdateTicketTimeLogInput = {
  /** Billable. */
  billable?: boolean | null | undefined;
  /** Time log category. */
  categoryId?: string | number | null | undefined;
  /** Minutes spent (1-1440); the cost is recomputed. */
  minutes?: number | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** The time log. */
  timeLogId: string | number;
};

/** Renames a time log category. */
export type UpdateTimeLogCategoryInput = {
  /** The category. */
  id: string | number;
  /** New name (unique, case-insensitive). */
  name: string;
};

/** Changes to a user; omitted fields stay as they are, null clears a text field. */
export type UpdateUserInput = {
  /** Postal address (Home Address for employees). */
  address?: string | null | undefined;
  /** Authentication Domain (ACTIVE_DIRECTORY only). */
  authenticationDomain?: string | null | undefined;
  /** How the user signs in; leaving PASSWORD discards the stored password. */
  authenticationMethod?: AuthenticationMethod | null | undefined;
  /** Why the user is banned; cleared when unbanned. */
  banReason?: string | null | undefined;
  /** Banned from the Community (002 L4016). */
  banned?: boolean | null | undefined;
  /** Cell Phone. */
  cellPhone?: string | null | undefined;
  /** Company. */
  company?: string | null | undefined;
  /** Display Name. */
  displayName?: string | null | undefined;
  /** Email Address; null removes it. */
  email?: string | null | undefined;
  /** Email new messages from conversations. */
  emailNewMessagesFromConversations?: boolean | null | undefined;
  /** Email summaries of subscribed community posts. */
  emailSummariesOfSubscribedCommunityPosts?: boolean | null | undefined;
  /** Id in an external system; unique. */
  externalId?: string | null | undefined;
  /** Force password change at next login (PASSWORD only). */
  forcePasswordChange?: boolean | null | undefined;
  /** Home Phone. */
  homePhone?: string | null | undefined;
  /** The user. */
  id: string | number;
  /** Other Phone. */
  otherPhone?: string | null | undefined;
  /** A new password; needed when switching to PASSWORD authentication. */
  password?: string | null | undefined;
  /** Portal Signature. */
  portalSignature?: string | null | undefined;
  /** Preferred Language, a language tag such as en or de-DE. */
  preferredLanguage?: string | null | undefined;
  /** Subscribe to community posts automatically. */
  subscribeToCommunityPostsAutomatically?: boolean | null | undefined;
  /** Time Zone, an IANA name such as Europe/Berlin. */
  timeZone?: string | null | undefined;
  /** New username, unique across employees and users. */
  username?: string | null | undefined;
  /** Website. */
  website?: string | null | undefined;
  /** Work Phone. */
  workPhone?: string | null | undefined;
};

export type BenchSetupMutationVariables = Exact<{
  input: SetupInstallationInput;
}>;


export type BenchSetupMutation = { setupInstallation: { brand: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type BenchLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type BenchLoginMutation = { login: { session: { accessToken: string, account:
        | { id: string }
        | { id: string }
       } | null, userErrors: Array<{ code: string, message: string }> } };

export type BenchRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type BenchRolesQuery = { roles: { nodes: Array<{ id: string, predefined: PredefinedRole | null }> } };

export type BenchCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type BenchCreateDepartmentMutation = { createDepartment: { department: { id: string, frontLineGroup: { id: string } } | null, userErrors: Array<{ code: string, message: string }> } };

export type BenchCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type BenchCreateGroupMutation = { createGroup: { group: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type BenchCreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type BenchCreateEmployeeMutation = { createEmployee: { employee: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type BenchAddAgentToGroupMutationVariables = Exact<{
  input: AddAgentToGroupInput;
}>;


export type BenchAddAgentToGroupMutation = { addAgentToGroup: { userErrors: Array<{ code: string, message: string }> } };

export type BenchSetActiveGroupsMutationVariables = Exact<{
  input: SetAgentActiveGroupsInput;
}>;


export type BenchSetActiveGroupsMutation = { setAgentActiveGroups: { userErrors: Array<{ code: string, message: string }> } };

export type BenchCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type BenchCreateTicketMutation = { createTicket: { ticket: { id: string, ticketNumber: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type BenchAgentQueuePageQueryVariables = Exact<{
  first: number;
  filter?: TicketFilter | null | undefined;
}>;


export type BenchAgentQueuePageQuery = { tickets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, ticketNumber: string, subject: string, status: TicketStatus, priority: TicketPriority, lastActivityAt: string, requesterEmail: string, requester: { id: string, displayName: string, email: string | null } | null, assignedAgent: { id: string, displayName: string } | null, department: { id: string, name: string }, group: { id: string, name: string } | null, lastMessage: { id: string, createdAt: string, direction: TicketMessageDirection, fromAddress: string, textBody: string | null } | null }> } };

export type BenchSearchTicketsQueryVariables = Exact<{
  text: string;
}>;


export type BenchSearchTicketsQuery = { searchTickets: { totalCount: number, nodes: Array<{ id: string, ticketNumber: string, subject: string, lastActivityAt: string }> } };

export type BenchChatStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type BenchChatStartMutation = { startChat: { visitorToken: string | null, chat: { id: string, status: ChatStatus, agent: { id: string } | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type BenchChatTakeMutationVariables = Exact<{
  input: TakeChatInput;
}>;


export type BenchChatTakeMutation = { takeChat: { userErrors: Array<{ code: string, message: string }> } };

export type BenchChatSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type BenchChatSendMutation = { sendChatMessage: { userErrors: Array<{ code: string, message: string }> } };

export type BenchChatEventsSubscriptionVariables = Exact<{
  chatId: string | number;
  visitorToken?: string | null | undefined;
}>;


export type BenchChatEventsSubscription = { chatEvents: { kind: ChatEventKind, message: { body: string, seq: number } | null } };

export type BenchWsQueueChangedSubscriptionVariables = Exact<{
  departmentId: string | number;
}>;


export type BenchWsQueueChangedSubscription = { departmentQueueChanged: { __typename: 'TicketChange' } };

export type BenchWsSetAvailabilityMutationVariables = Exact<{
  input: SetMyAvailabilityInput;
}>;


export type BenchWsSetAvailabilityMutation = { setMyAvailability: { userErrors: Array<{ code: string, message: string }> } };

export type BenchWsPresenceChangedSubscriptionVariables = Exact<{
  employeeId?: string | number | null | undefined;
}>;


export type BenchWsPresenceChangedSubscription = { agentPresenceChanged: { reason: string, occurredAt: string, status: { employeeId: string, availability: Availability, online: boolean } } };

export type DbQueryCountMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DbQueryCountMeQuery = { me:
    | { id: string }
    | { id: string }
   };

export type PresRedisSetAvailabilityMutationVariables = Exact<{
  input: SetMyAvailabilityInput;
}>;


export type PresRedisSetAvailabilityMutation = { setMyAvailability: { userErrors: Array<{ code: string }> } };

export type PresRedisPresenceChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PresRedisPresenceChangedSubscription = { agentPresenceChanged: { reason: string, status: { availability: Availability } } };

export type PlatformNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PlatformNodeQuery = { node:
    | { __typename: 'AgentGroupMembership', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Autoresponder', id: string }
    | { __typename: 'Brand', id: string }
    | { __typename: 'CannedReply', id: string }
    | { __typename: 'CannedReplyFolder', id: string }
    | { __typename: 'ChatMessage', id: string }
    | { __typename: 'ChatParticipant', id: string }
    | { __typename: 'CustomField', id: string }
    | { __typename: 'CustomFieldTemplate', id: string }
    | { __typename: 'CustomFieldTemplateField', id: string }
    | { __typename: 'Department', id: string }
    | { __typename: 'Employee', username: string, id: string }
    | { __typename: 'EventRule', id: string }
    | { __typename: 'EventRuleEvaluation', id: string }
    | { __typename: 'ExternalProvider', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Holiday', id: string }
    | { __typename: 'IncomingMail', id: string }
    | { __typename: 'Installation', id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'LiveChat', id: string }
    | { __typename: 'MailAccount', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'OrganizationMember', id: string }
    | { __typename: 'OutgoingMail', id: string }
    | { __typename: 'ProviderDelivery', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'SmtpAccount', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketAttachment', id: string }
    | { __typename: 'TicketComment', id: string }
    | { __typename: 'TicketHistory', id: string }
    | { __typename: 'TicketMessage', id: string }
    | { __typename: 'TicketTimeLog', id: string }
    | { __typename: 'TimeLogCategory', id: string }
    | { __typename: 'User', id: string }
   | null };

export type PlatformMeQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformMeQuery = { me:
    | { id: string }
    | { id: string }
   };

export type FixtureSetupMutationVariables = Exact<{
  input: SetupInstallationInput;
}>;


export type FixtureSetupMutation = { setupInstallation: { administrator: { id: string } | null, brand: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type FixtureLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FixtureLoginMutation = { login: { session: { accessToken: string, refreshToken: string, mustChangePassword: boolean, account:
        | { id: string }
        | { id: string }
       } | null, userErrors: Array<{ code: string, message: string }> } };

export type AccAccessMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AccAccessMeQuery = { me:
    | { id: string, forcePasswordChange: boolean }
    | { id: string, forcePasswordChange: boolean }
   };

export type AccAccessEmployeesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccAccessEmployeesQuery = { employees: { totalCount: number } };

export type AccAccessCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type AccAccessCatalogQuery = { permissionCatalog: { levels: Array<PermissionLevel> } };

export type AccAccessChangePasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type AccAccessChangePasswordMutation = { changeMyPassword: { account:
      | { id: string }
      | { id: string }
     | null, userErrors: Array<{ code: string }> } };

export type AccAccessLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AccAccessLogoutMutation = { logout: { success: boolean } };

export type AccAccessCreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type AccAccessCreateEmployeeMutation = { createEmployee: { employee: { id: string, forcePasswordChange: boolean } | null, userErrors: Array<{ code: string }> } };

export type AccAccessCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AccAccessCreateUserMutation = { createUser: { user: { id: string } | null, userErrors: Array<{ code: string }> } };

export type AccAccessDisableMutationVariables = Exact<{
  input: DisableAccountInput;
}>;


export type AccAccessDisableMutation = { disableAccount: { account:
      | { id: string, disabled: boolean }
      | { id: string, disabled: boolean }
     | null, userErrors: Array<{ code: string }> } };

export type AccAccessEnableMutationVariables = Exact<{
  input: EnableAccountInput;
}>;


export type AccAccessEnableMutation = { enableAccount: { account:
      | { id: string, disabled: boolean }
      | { id: string, disabled: boolean }
     | null, userErrors: Array<{ code: string }> } };

export type AccAccessLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AccAccessLoginMutation = { login: { session: { accessToken: string } | null, userErrors: Array<{ code: string }> } };

export type AccAccessAdminRoleQueryVariables = Exact<{ [key: string]: never; }>;


export type AccAccessAdminRoleQuery = { roles: { nodes: Array<{ id: string, predefined: PredefinedRole | null }> } };

export type AccEmpAdmListQueryVariables = Exact<{
  first?: number | null | undefined;
  search?: string | null | undefined;
}>;


export type AccEmpAdmListQuery = { employees: { totalCount: number, nodes: Array<{ id: string, roles: Array<{ name: string }> }> } };

export type AccEmpAdmGetQueryVariables = Exact<{
  id: string | number;
}>;


export type AccEmpAdmGetQuery = { employee: { id: string, displayName: string, roles: Array<{ name: string }> } };

export type AccEmpAdmCreateMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type AccEmpAdmCreateMutation = { createEmployee: { employee: { id: string } | null, userErrors: Array<{ code: string }> } };

export type AccEmpAdmUpdateMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type AccEmpAdmUpdateMutation = { updateEmployee: { userErrors: Array<{ code: string }> } };

export type AccEmpAdmSetPasswordMutationVariables = Exact<{
  input: SetEmployeePasswordInput;
}>;


export type AccEmpAdmSetPasswordMutation = { setEmployeePassword: { employee: { id: string, forcePasswordChange: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccEmpAdmSetRolesMutationVariables = Exact<{
  input: SetAccountRolesInput;
}>;


export type AccEmpAdmSetRolesMutation = { setAccountRoles: { account:
      | { id: string, roles: Array<{ name: string }> }
      | { id: string, roles: Array<{ name: string }> }
     | null, userErrors: Array<{ code: string }> } };

export type AccEmpAdmDeleteMutationVariables = Exact<{
  input: DeleteEmployeesInput;
}>;


export type AccEmpAdmDeleteMutation = { deleteEmployees: { deletedEmployeeIds: Array<string> | null, userErrors: Array<{ code: string }> } };

export type AccEmpAdmNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccEmpAdmNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AccEmpListQueryVariables = Exact<{
  first?: number | null | undefined;
  search?: string | null | undefined;
  roleId?: string | number | null | undefined;
  disabled?: boolean | null | undefined;
  sortBy?: AccountSortField | null | undefined;
}>;


export type AccEmpListQuery = { employees: { totalCount: number, nodes: Array<{ id: string, username: string, displayName: string, roles: Array<{ name: string }> }> } };

export type AccEmpGetQueryVariables = Exact<{
  id: string | number;
}>;


export type AccEmpGetQuery = { employee: { id: string, username: string, displayName: string, displayNameForChat: string | null, email: string | null, emailVerified: boolean, authenticationMethod: AuthenticationMethod, authenticationDomain: string | null, forcePasswordChange: boolean, timeZone: string | null, preferredLanguage: string | null, hourlyCost: number, website: string | null, homePhone: string | null, cellPhone: string | null, workPhone: string | null, otherPhone: string | null, company: string | null, address: string | null, subscribeToCommunityPostsAutomatically: boolean, emailSummariesOfSubscribedCommunityPosts: boolean, emailNewMessagesFromConversations: boolean, portalSignature: string | null, copyToAddress: string | null, copyToEnabled: boolean, otherReplyFromAddresses: Array<string>, maxTickets: number | null, maxActiveLiveChats: number, popUpNewChatsAutomatically: boolean, playChatSounds: boolean, playSoundWhenChatQueued: boolean, blockChatWhileComposingCallLogs: boolean, roles: Array<{ name: string }> } };

export type AccEmpDirectoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AccEmpDirectoryQuery = { employee: { id: string, displayName: string, displayNameForChat: string | null, email: string | null, roles: Array<{ name: string }> } };

export type AccEmpPrivateQueryVariables = Exact<{
  id: string | number;
}>;


export type AccEmpPrivateQuery = { employee: { id: string, homePhone: string | null } };

export type AccEmpCreateMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type AccEmpCreateMutation = { createEmployee: { employee: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type AccEmpUpdateMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type AccEmpUpdateMutation = { updateEmployee: { employee: { id: string, username: string, displayName: string, authenticationMethod: AuthenticationMethod, authenticationDomain: string | null, hourlyCost: number, maxTickets: number | null, otherReplyFromAddresses: Array<string> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccEmpRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccEmpRolesQuery = { roles: { nodes: Array<{ id: string, predefined: PredefinedRole | null }> } };

export type AccEmpCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AccEmpCreateUserMutation = { createUser: { user: { id: string } | null, userErrors: Array<{ code: string }> } };

export type AccEmpNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccEmpNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { displayName: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AccOrgPermListQueryVariables = Exact<{ [key: string]: never; }>;


export type AccOrgPermListQuery = { organizations: { totalCount: number } };

export type AccOrgPermGetQueryVariables = Exact<{
  id: string | number;
}>;


export type AccOrgPermGetQuery = { organization: { id: string, members: Array<{ id: string }>, users: { totalCount: number } } };

export type AccOrgPermUsersQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AccOrgPermUsersQuery = { users: { totalCount: number, nodes: Array<{ username: string, organizations: Array<{ name: string }> }> } };

export type AccOrgPermMineQueryVariables = Exact<{ [key: string]: never; }>;


export type AccOrgPermMineQuery = { me:
    | { organizations: Array<{ name: string }> }
    | Record<PropertyKey, never>
   };

export type AccOrgPermCreateMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AccOrgPermCreateMutation = { createOrganization: { organization: { id: string, members: Array<{ id: string }> } | null, userErrors: Array<{ code: string }> } };

export type AccOrgPermUpdateMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type AccOrgPermUpdateMutation = { updateOrganization: { userErrors: Array<{ code: string }> } };

export type AccOrgPermAddMemberMutationVariables = Exact<{
  input: AddOrganizationMemberInput;
}>;


export type AccOrgPermAddMemberMutation = { addOrganizationMember: { userErrors: Array<{ code: string }> } };

export type AccOrgPermUpdateMemberMutationVariables = Exact<{
  input: UpdateOrganizationMemberInput;
}>;


export type AccOrgPermUpdateMemberMutation = { updateOrganizationMember: { userErrors: Array<{ code: string }> } };

export type AccOrgPermRemoveMemberMutationVariables = Exact<{
  input: RemoveOrganizationMemberInput;
}>;


export type AccOrgPermRemoveMemberMutation = { removeOrganizationMember: { userErrors: Array<{ code: string }> } };

export type AccOrgPermDeleteMutationVariables = Exact<{
  input: DeleteOrganizationsInput;
}>;


export type AccOrgPermDeleteMutation = { deleteOrganizations: { userErrors: Array<{ code: string }> } };

export type AccOrgListQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type AccOrgListQuery = { organizations: { totalCount: number, nodes: Array<{ id: string, name: string, website: string | null }> } };

export type AccOrgGetQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
}>;


export type AccOrgGetQuery = { organization: { id: string, name: string, website: string | null, phoneNumber: string | null, numberOfEmployees: string | null, city: string | null, country: string | null, members: Array<{ id: string, type: OrganizationMemberType, value: string, viewOrganizationTicketsInPortal: boolean }>, users: { totalCount: number, nodes: Array<{ username: string }> } } };

export type AccOrgCreateMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type AccOrgCreateMutation = { createOrganization: { organization: { id: string, name: string, members: Array<{ id: string, type: OrganizationMemberType, value: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccOrgUpdateMutationVariables = Exact<{
  input: UpdateOrganizationInput;
}>;


export type AccOrgUpdateMutation = { updateOrganization: { organization: { id: string, name: string, website: string | null, city: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccOrgAddMemberMutationVariables = Exact<{
  input: AddOrganizationMemberInput;
}>;


export type AccOrgAddMemberMutation = { addOrganizationMember: { member: { id: string, type: OrganizationMemberType, value: string, viewOrganizationTicketsInPortal: boolean } | null, organization: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccOrgUpdateMemberMutationVariables = Exact<{
  input: UpdateOrganizationMemberInput;
}>;


export type AccOrgUpdateMemberMutation = { updateOrganizationMember: { member: { id: string, value: string, viewOrganizationTicketsInPortal: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccOrgRemoveMemberMutationVariables = Exact<{
  input: RemoveOrganizationMemberInput;
}>;


export type AccOrgRemoveMemberMutation = { removeOrganizationMember: { removedMemberId: string | null, userErrors: Array<{ code: string }> } };

export type AccOrgDeleteMutationVariables = Exact<{
  input: DeleteOrganizationsInput;
}>;


export type AccOrgDeleteMutation = { deleteOrganizations: { deletedOrganizationIds: Array<string> | null, userErrors: Array<{ code: string }> } };

export type AccOrgCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AccOrgCreateUserMutation = { createUser: { user: { id: string } | null, userErrors: Array<{ code: string }> } };

export type AccOrgUserOrgsQueryVariables = Exact<{
  id: string | number;
}>;


export type AccOrgUserOrgsQuery = { user: { organizations: Array<{ name: string }> } };

export type AccOrgUsersInOrgQueryVariables = Exact<{
  organizationId?: string | number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AccOrgUsersInOrgQuery = { users: { totalCount: number, nodes: Array<{ username: string, organizations: Array<{ name: string }> }> } };

export type AccUserPermListQueryVariables = Exact<{ [key: string]: never; }>;


export type AccUserPermListQuery = { users: { totalCount: number } };

export type AccUserPermGetQueryVariables = Exact<{
  id: string | number;
}>;


export type AccUserPermGetQuery = { user: { id: string } };

export type AccUserPermCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AccUserPermCreateMutation = { createUser: { userErrors: Array<{ code: string }> } };

export type AccUserPermUpdateMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AccUserPermUpdateMutation = { updateUser: { userErrors: Array<{ code: string }> } };

export type AccUserPermSetPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type AccUserPermSetPasswordMutation = { setUserPassword: { userErrors: Array<{ code: string }> } };

export type AccUserPermDeleteMutationVariables = Exact<{
  input: DeleteUsersInput;
}>;


export type AccUserPermDeleteMutation = { deleteUsers: { userErrors: Array<{ code: string }> } };

export type AccUserPermSetRolesMutationVariables = Exact<{
  input: SetAccountRolesInput;
}>;


export type AccUserPermSetRolesMutation = { setAccountRoles: { userErrors: Array<{ code: string }> } };

export type AccUserPermDisableMutationVariables = Exact<{
  input: DisableAccountInput;
}>;


export type AccUserPermDisableMutation = { disableAccount: { userErrors: Array<{ code: string }> } };

export type AccUserPermEnableMutationVariables = Exact<{
  input: EnableAccountInput;
}>;


export type AccUserPermEnableMutation = { enableAccount: { userErrors: Array<{ code: string }> } };

export type AccUserPermNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AccUserPermNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { username: string, id: string }
   | null };

export type AccUserListQueryVariables = Exact<{
  search?: string | null | undefined;
  roleId?: string | number | null | undefined;
  disabled?: boolean | null | undefined;
  sortBy?: AccountSortField | null | undefined;
  descending?: boolean | null | undefined;
}>;


export type AccUserListQuery = { users: { totalCount: number, nodes: Array<{ id: string, username: string, displayName: string }> } };

export type AccUserGetQueryVariables = Exact<{
  id: string | number;
}>;


export type AccUserGetQuery = { user: { id: string, username: string, displayName: string, email: string | null, emailVerified: boolean, authenticationMethod: AuthenticationMethod, forcePasswordChange: boolean, timeZone: string | null, preferredLanguage: string | null, website: string | null, homePhone: string | null, cellPhone: string | null, workPhone: string | null, otherPhone: string | null, company: string | null, address: string | null, subscribeToCommunityPostsAutomatically: boolean, portalSignature: string | null, banned: boolean, banReason: string | null, disabled: boolean, roles: Array<{ name: string }> } };

export type AccUserCreateMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AccUserCreateMutation = { createUser: { user: { id: string, roles: Array<{ name: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccUserUpdateMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AccUserUpdateMutation = { updateUser: { user: { id: string, username: string, email: string | null, banned: boolean, banReason: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AccUserSetPasswordMutationVariables = Exact<{
  input: SetUserPasswordInput;
}>;


export type AccUserSetPasswordMutation = { setUserPassword: { user: { id: string, forcePasswordChange: boolean } | null, userErrors: Array<{ code: string }> } };

export type AccUserDeleteMutationVariables = Exact<{
  input: DeleteUsersInput;
}>;


export type AccUserDeleteMutation = { deleteUsers: { deletedUserIds: Array<string> | null, userErrors: Array<{ code: string }> } };

export type AccUserSetRolesMutationVariables = Exact<{
  input: SetAccountRolesInput;
}>;


export type AccUserSetRolesMutation = { setAccountRoles: { account:
      | { id: string, roles: Array<{ name: string }> }
      | { id: string, roles: Array<{ name: string }> }
     | null, userErrors: Array<{ code: string }> } };

export type AccUserRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccUserRolesQuery = { roles: { nodes: Array<{ id: string, predefined: PredefinedRole | null }> } };

export type AccUserCreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type AccUserCreateRoleMutation = { createRole: { role: { id: string } | null, userErrors: Array<{ code: string }> } };

export type AccUserCreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type AccUserCreateEmployeeMutation = { createEmployee: { employee: { id: string } | null, userErrors: Array<{ code: string }> } };

export type AuthScopesCreateMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AuthScopesCreateMutation = { createApiToken: { secret: string | null, apiToken: { id: string, permissions: Array<string>, expiresAt: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type AuthScopesPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthScopesPermissionsQuery = { myPermissions: Array<string> };

export type AuthScopesListQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthScopesListQuery = { apiTokens: { nodes: Array<{ id: string }> } };

export type AuthScopesRevokeMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type AuthScopesRevokeMutation = { revokeApiToken: { revokedCount: number | null, userErrors: Array<{ code: string }> } };

export type AuthScopesLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthScopesLogoutMutation = { logout: { success: boolean } };

export type AuthScopesChangePasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type AuthScopesChangePasswordMutation = { changeMyPassword: { userErrors: Array<{ code: string }> } };

export type AuthScopesSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthScopesSessionsQuery = { mySessions: { totalCount: number } };

export type AuthScopesNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthScopesNodeQuery = { node:
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthCreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AuthCreateApiTokenMutation = { createApiToken: { secret: string | null, apiToken: { id: string, name: string, prefix: string, permissions: Array<string>, expiresAt: string | null, active: boolean, createdAt: string, owner:
        | { id: string }
        | { id: string }
      , createdBy:
        | { id: string }
        | { id: string }
       | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type AuthApiTokensQueryVariables = Exact<{
  ownerId?: string | number | null | undefined;
  allOwners?: boolean | null | undefined;
  includeInactive?: boolean | null | undefined;
}>;


export type AuthApiTokensQuery = { apiTokens: { totalCount: number, nodes: Array<{ id: string, name: string, prefix: string, active: boolean, revokedAt: string | null, lastUsedAt: string | null, owner:
        | { id: string }
        | { id: string }
       }> } };

export type AuthRevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type AuthRevokeApiTokenMutation = { revokeApiToken: { revokedCount: number | null, apiToken: { id: string, active: boolean, revokedAt: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AuthTokenWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthTokenWhoAmIQuery = { myPermissions: Array<string>, me:
    | { id: string }
    | { id: string }
   };

export type AuthApiTokenFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthApiTokenFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type AuthLockoutLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AuthLockoutLoginMutation = { login: { session: { accessToken: string, account:
        | { id: string }
        | { id: string }
       } | null, userErrors: Array<{ code: string, message: string }> } };

export type AuthLockoutUpdateSecurityMutationVariables = Exact<{
  input: UpdateSecuritySettingsInput;
}>;


export type AuthLockoutUpdateSecurityMutation = { updateSecuritySettings: { securitySettings: { bruteForceProtectionEnabled: boolean, maxFailedLoginAttempts: number, lockoutMinutes: number } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AuthBypassLockoutMutationVariables = Exact<{
  input: BypassLoginLockoutInput;
}>;


export type AuthBypassLockoutMutation = { bypassLoginLockout: { account:
      | { id: string, lockedUntil: string | null }
      | { id: string, lockedUntil: string | null }
     | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AuthPasswordLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type AuthPasswordLoginMutation = { login: { session: { accessToken: string, mustChangePassword: boolean } | null, userErrors: Array<{ code: string }> } };

export type AuthChangeMyPasswordMutationVariables = Exact<{
  input: ChangeMyPasswordInput;
}>;


export type AuthChangeMyPasswordMutation = { changeMyPassword: { account:
      | { id: string, forcePasswordChange: boolean }
      | { id: string, forcePasswordChange: boolean }
     | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type AuthPasswordMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthPasswordMeQuery = { myPermissions: Array<string>, me:
    | { id: string, forcePasswordChange: boolean }
    | { id: string, forcePasswordChange: boolean }
   };

export type AuthPasswordSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthPasswordSessionsQuery = { mySessions: { totalCount: number } };

export type AuthPasswordTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthPasswordTokensQuery = { apiTokens: { totalCount: number } };

export type AuthPasswordCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AuthPasswordCreateTokenMutation = { createApiToken: { secret: string | null } };

export type AuthPasswordSecurityQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthPasswordSecurityQuery = { securitySettings: { minimumPasswordLength: number } };

export type AuthPasswordNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthPasswordNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthPasswordUpdateSecurityMutationVariables = Exact<{
  input: UpdateSecuritySettingsInput;
}>;


export type AuthPasswordUpdateSecurityMutation = { updateSecuritySettings: { userErrors: Array<{ code: string }> } };

export type AuthMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMySessionsQuery = { mySessions: { totalCount: number, nodes: Array<{ id: string, createdAt: string, lastActiveAt: string, lastIp: string | null, userAgent: string | null, expiresAt: string, current: boolean }> } };

export type AuthRevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type AuthRevokeSessionMutation = { revokeSession: { session: { id: string, current: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type AuthRevokeAllSessionsOfMutationVariables = Exact<{
  input: RevokeAllSessionsOfInput;
}>;


export type AuthRevokeAllSessionsOfMutation = { revokeAllSessionsOf: { revokedCount: number | null, account:
      | { id: string }
      | { id: string }
     | null, userErrors: Array<{ code: string }> } };

export type AuthRefreshMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type AuthRefreshMutation = { refreshSession: { session: { accessToken: string, refreshToken: string, account:
        | { id: string }
        | { id: string }
       } | null, userErrors: Array<{ code: string }> } };

export type AuthLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthLogoutMutation = { logout: { success: boolean, userErrors: Array<{ code: string }> } };

export type AuthSessionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthSessionsMeQuery = { me:
    | { id: string }
    | { id: string }
   };

export type AuthSessionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthSessionNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { current: boolean, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthWsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthWsMeQuery = { myPermissions: Array<string>, me:
    | { id: string, username: string }
    | { id: string, username: string }
   };

export type AuthWsAccountChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type AuthWsAccountChangedSubscription = { myAccountChanged: { reason: AccountChangeReason, sessionId: string | null, permissions: Array<string>, account:
      | { id: string, username: string }
      | { id: string, username: string }
     } };

export type AuthWsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type AuthWsLogoutMutation = { logout: { success: boolean } };

export type AuthWsCreateTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type AuthWsCreateTokenMutation = { createApiToken: { secret: string | null, apiToken: { id: string } | null } };

export type AuthWsRevokeTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;


export type AuthWsRevokeTokenMutation = { revokeApiToken: { revokedCount: number | null } };

export type AuthWsSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthWsSessionsQuery = { mySessions: { nodes: Array<{ id: string, current: boolean }> } };

export type AuthWsRevokeSessionMutationVariables = Exact<{
  input: RevokeSessionInput;
}>;


export type AuthWsRevokeSessionMutation = { revokeSession: { userErrors: Array<{ code: string }> } };

export type CannedRenderCreateMutationVariables = Exact<{
  input: CreateCannedReplyInput;
}>;


export type CannedRenderCreateMutation = { createCannedReply: { cannedReply: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CannedRenderUpdateMutationVariables = Exact<{
  input: UpdateCannedReplyInput;
}>;


export type CannedRenderUpdateMutation = { updateCannedReply: { cannedReply: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CannedRenderDeleteMutationVariables = Exact<{
  input: DeleteCannedReplyInput;
}>;


export type CannedRenderDeleteMutation = { deleteCannedReply: { deletedCannedReplyId: string | null, userErrors: Array<{ code: string }> } };

export type CannedRenderQueryVariables = Exact<{
  input: RenderCannedReplyInput;
}>;


export type CannedRenderQuery = { renderCannedReply: { html: string, unknownVariables: Array<string>, cannedReply: { id: string } } };

export type CannedRenderListQueryVariables = Exact<{ [key: string]: never; }>;


export type CannedRenderListQuery = { cannedReplies: { nodes: Array<{ name: string }> } };

export type CannedRenderTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type CannedRenderTicketQuery = { ticket: { requester: { displayName: string, username: string } | null } };

export type CannedCreateMutationVariables = Exact<{
  input: CreateCannedReplyInput;
}>;


export type CannedCreateMutation = { createCannedReply: { cannedReply: { id: string, name: string, body: string, scope: CannedReplyScope, type: CannedReplyType, status: CannedReplyStatus, language: string | null, ownerId: string | null, folder: { id: string, name: string } | null, department: { id: string } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CannedUpdateMutationVariables = Exact<{
  input: UpdateCannedReplyInput;
}>;


export type CannedUpdateMutation = { updateCannedReply: { cannedReply: { id: string, name: string, body: string, scope: CannedReplyScope, status: CannedReplyStatus, folder: { id: string } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CannedDeleteMutationVariables = Exact<{
  input: DeleteCannedReplyInput;
}>;


export type CannedDeleteMutation = { deleteCannedReply: { deletedCannedReplyId: string | null, userErrors: Array<{ code: string }> } };

export type CannedListQueryVariables = Exact<{
  search?: string | null | undefined;
  folderId?: string | number | null | undefined;
  includeSubfolders?: boolean | null | undefined;
  rootOnly?: boolean | null | undefined;
  type?: CannedReplyType | null | undefined;
  usableFor?: CannedReplyChannel | null | undefined;
  language?: string | null | undefined;
  scope?: CannedReplyScope | null | undefined;
  status?: CannedReplyStatus | null | undefined;
  departmentId?: string | number | null | undefined;
}>;


export type CannedListQuery = { cannedReplies: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type CannedOneQueryVariables = Exact<{
  id: string | number;
}>;


export type CannedOneQuery = { cannedReply: { id: string, name: string } };

export type CannedNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type CannedNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CannedCreateFolderMutationVariables = Exact<{
  input: CreateCannedReplyFolderInput;
}>;


export type CannedCreateFolderMutation = { createCannedReplyFolder: { folder: { id: string, name: string, parent: { id: string } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CannedUpdateFolderMutationVariables = Exact<{
  input: UpdateCannedReplyFolderInput;
}>;


export type CannedUpdateFolderMutation = { updateCannedReplyFolder: { folder: { id: string, name: string, parent: { id: string } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CannedDeleteFolderMutationVariables = Exact<{
  input: DeleteCannedReplyFolderInput;
}>;


export type CannedDeleteFolderMutation = { deleteCannedReplyFolder: { deletedFolderId: string | null, movedToRootCount: number | null, userErrors: Array<{ code: string }> } };

export type CannedFoldersQueryVariables = Exact<{
  parentId?: string | number | null | undefined;
}>;


export type CannedFoldersQuery = { cannedReplyFolders: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> };

export type ChatAssignStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatAssignStartMutation = { startChat: { visitorToken: string | null, chat: { id: string, status: ChatStatus, agentName: string | null, queuePosition: number | null } | null, userErrors: Array<{ code: string }> } };

export type ChatAssignTakeMutationVariables = Exact<{
  input: TakeChatInput;
}>;


export type ChatAssignTakeMutation = { takeChat: { chat: { status: ChatStatus, agentName: string | null } | null, userErrors: Array<{ code: string }> } };

export type ChatAssignAvailabilityMutationVariables = Exact<{
  input: SetMyAvailabilityInput;
}>;


export type ChatAssignAvailabilityMutation = { setMyAvailability: { userErrors: Array<{ code: string }> } };

export type ChatAssignListQueryVariables = Exact<{
  view: LiveChatView;
}>;


export type ChatAssignListQuery = { liveChats: { totalCount: number, nodes: Array<{ id: string, status: ChatStatus }> } };

export type ChatAssignGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatAssignGetQuery = { liveChat: { id: string } };

export type ChatFaultStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatFaultStartMutation = { startChat: { visitorToken: string | null, chat: { id: string } | null, userErrors: Array<{ code: string }> } };

export type ChatFaultEventsSubscriptionVariables = Exact<{
  chatId: string | number;
  visitorToken?: string | null | undefined;
  afterSeq?: number | null | undefined;
}>;


export type ChatFaultEventsSubscription = { chatEvents: { kind: ChatEventKind, message: { seq: number, body: string } | null } };

export type ChatFaultSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type ChatFaultSendMutation = { sendChatMessage: { message: { seq: number } | null, userErrors: Array<{ code: string }> } };

export type ChatFaultSettingsMutationVariables = Exact<{
  input: UpdateLiveChatSettingsInput;
}>;


export type ChatFaultSettingsMutation = { updateLiveChatSettings: { settings: { maxMessageLength: number, rateLimitMessages: number } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type ChatHandStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatHandStartMutation = { startChat: { visitorToken: string | null, chat: { id: string, agentName: string | null } | null, userErrors: Array<{ code: string }> } };

export type ChatHandGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatHandGetQuery = { liveChat: { agentName: string | null, status: ChatStatus } };

export type ChatHandSettingsMutationVariables = Exact<{
  input: UpdateLiveChatSettingsInput;
}>;


export type ChatHandSettingsMutation = { updateLiveChatSettings: { settings: { handOffNoFollowUpSeconds: number | null, handOffAgentDisconnectedSeconds: number | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type ChatHandSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type ChatHandSendMutation = { sendChatMessage: { message: { seq: number } | null, userErrors: Array<{ code: string }> } };

export type ChatHandTypingMutationVariables = Exact<{
  input: SetChatTypingInput;
}>;


export type ChatHandTypingMutation = { setChatTyping: { ok: boolean } };

export type ChatHandEventsSubscriptionVariables = Exact<{
  chatId: string | number;
  visitorToken?: string | null | undefined;
}>;


export type ChatHandEventsSubscription = { chatEvents: { kind: ChatEventKind, message: { systemEvent: ChatSystemEvent | null, body: string } | null, chat: { agentName: string | null } | null } };

export type ChatInstStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatInstStartMutation = { startChat: { visitorToken: string | null, chat: { id: string, agentName: string | null } | null, userErrors: Array<{ code: string }> } };

export type ChatInstEventsSubscriptionVariables = Exact<{
  chatId: string | number;
  visitorToken?: string | null | undefined;
}>;


export type ChatInstEventsSubscription = { chatEvents: { kind: ChatEventKind, message: { seq: number, body: string } | null } };

export type ChatInstSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type ChatInstSendMutation = { sendChatMessage: { message: { seq: number } | null, userErrors: Array<{ code: string }> } };

export type ChatLifeStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatLifeStartMutation = { startChat: { visitorToken: string | null, chat: { id: string, chatNumber: number, status: ChatStatus } | null, userErrors: Array<{ code: string }> } };

export type ChatLifeGetQueryVariables = Exact<{
  id: string | number;
}>;


export type ChatLifeGetQuery = { liveChat: { agentName: string | null, status: ChatStatus, endReason: ChatEndReason | null, idleSince: string | null, deletedAt: string | null, ticket: { id: string } | null } };

export type ChatLifeSettingsMutationVariables = Exact<{
  input: UpdateLiveChatSettingsInput;
}>;


export type ChatLifeSettingsMutation = { updateLiveChatSettings: { userErrors: Array<{ code: string }> } };

export type ChatLifeEndMutationVariables = Exact<{
  input: EndChatInput;
}>;


export type ChatLifeEndMutation = { endChat: { userErrors: Array<{ code: string }> } };

export type ChatLifeAttachMutationVariables = Exact<{
  input: AttachChatToTicketInput;
}>;


export type ChatLifeAttachMutation = { attachChatToTicket: { chat: { ticket: { id: string } | null } | null, userErrors: Array<{ code: string }> } };

export type ChatLifeDetachMutationVariables = Exact<{
  input: DetachChatFromTicketInput;
}>;


export type ChatLifeDetachMutation = { detachChatFromTicket: { chat: { ticket: { id: string } | null } | null, userErrors: Array<{ code: string }> } };

export type ChatLifeDeleteMutationVariables = Exact<{
  input: LiveChatIdsInput;
}>;


export type ChatLifeDeleteMutation = { deleteLiveChats: { chats: Array<{ deletedAt: string | null }> | null, userErrors: Array<{ code: string }> } };

export type ChatLifeRestoreMutationVariables = Exact<{
  input: LiveChatIdsInput;
}>;


export type ChatLifeRestoreMutation = { restoreLiveChats: { chats: Array<{ deletedAt: string | null }> | null, userErrors: Array<{ code: string }> } };

export type ChatLifeSearchQueryVariables = Exact<{
  input: LiveChatSearchInput;
}>;


export type ChatLifeSearchQuery = { searchLiveChats: Array<{ id: string, chatNumber: number }> };

export type ChatLifeCreateReplyMutationVariables = Exact<{
  input: CreateCannedReplyInput;
}>;


export type ChatLifeCreateReplyMutation = { createCannedReply: { cannedReply: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type ChatLifeSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type ChatLifeSendMutation = { sendChatMessage: { message: { body: string } | null, userErrors: Array<{ code: string }> } };

export type ChatLifeRenderQueryVariables = Exact<{
  input: RenderCannedReplyInput;
}>;


export type ChatLifeRenderQuery = { renderCannedReply: { html: string } };

export type ChatMsgStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatMsgStartMutation = { startChat: { visitorToken: string | null, chat: { id: string, agentName: string | null } | null, userErrors: Array<{ code: string }> } };

export type ChatMsgEventsSubscriptionVariables = Exact<{
  chatId: string | number;
  visitorToken?: string | null | undefined;
  afterSeq?: number | null | undefined;
}>;


export type ChatMsgEventsSubscription = { chatEvents: { kind: ChatEventKind, message: { seq: number, kind: ChatMessageKind, body: string, authorName: string, systemEvent: ChatSystemEvent | null } | null, typing: { side: ChatSide, typing: boolean, preview: string | null } | null, read: { side: ChatSide, seq: number } | null, chat: { status: ChatStatus, agentName: string | null, surveyUrl: string | null } | null } };

export type ChatMsgSendMutationVariables = Exact<{
  input: SendChatMessageInput;
}>;


export type ChatMsgSendMutation = { sendChatMessage: { message: { seq: number, kind: ChatMessageKind, body: string } | null, userErrors: Array<{ code: string }> } };

export type ChatMsgCoachMutationVariables = Exact<{
  input: SendCoachingMessageInput;
}>;


export type ChatMsgCoachMutation = { sendCoachingMessage: { message: { seq: number, kind: ChatMessageKind, authorName: string } | null, userErrors: Array<{ code: string }> } };

export type ChatMsgTypingMutationVariables = Exact<{
  input: SetChatTypingInput;
}>;


export type ChatMsgTypingMutation = { setChatTyping: { ok: boolean, userErrors: Array<{ code: string }> } };

export type ChatMsgReadMutationVariables = Exact<{
  input: MarkChatReadInput;
}>;


export type ChatMsgReadMutation = { markChatRead: { ok: boolean, userErrors: Array<{ code: string }> } };

export type ChatMsgJoinMutationVariables = Exact<{
  input: JoinChatInput;
}>;


export type ChatMsgJoinMutation = { joinChat: { userErrors: Array<{ code: string }> } };

export type ChatMsgTransferMutationVariables = Exact<{
  input: TransferChatInput;
}>;


export type ChatMsgTransferMutation = { transferChat: { chat: { status: ChatStatus, agentName: string | null } | null, userErrors: Array<{ code: string }> } };

export type ChatMsgEndMutationVariables = Exact<{
  input: EndChatInput;
}>;


export type ChatMsgEndMutation = { endChat: { chat: { status: ChatStatus, surveyUrl: string | null } | null, userErrors: Array<{ code: string }> } };

export type ChatMsgTranscriptQueryVariables = Exact<{
  chatId: string | number;
  token?: string | null | undefined;
}>;


export type ChatMsgTranscriptQuery = { liveChatTranscript: string };

export type ChatMsgDeptSettingsMutationVariables = Exact<{
  input: UpdateDepartmentChatSettingsInput;
}>;


export type ChatMsgDeptSettingsMutation = { updateDepartmentChatSettings: { userErrors: Array<{ code: string }> } };

export type ChatProvConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ChatProvConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string, message: string }> } };

export type ChatProvStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatProvStartMutation = { startChat: { chat: { id: string, agentName: string | null, department: { name: string } } | null, userErrors: Array<{ code: string, message: string }> } };

export type ChatStartStartMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ChatStartStartMutation = { startChat: { visitorToken: string | null, chat: { id: string, chatNumber: number, status: ChatStatus, agentName: string | null, queuePosition: number | null, waitingMessage: string | null, customerName: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ChatStartAvailabilityQueryVariables = Exact<{
  departmentId: string | number;
}>;


export type ChatStartAvailabilityQuery = { liveChatAvailability: { online: boolean, reason: ChatOfflineReason | null } };

export type ChatStartLeaveMutationVariables = Exact<{
  input: LeaveChatMessageInput;
}>;


export type ChatStartLeaveMutation = { leaveChatMessage: { ticketNumber: string | null, userErrors: Array<{ code: string }> } };

export type ChatStartGetQueryVariables = Exact<{
  id: string | number;
  token?: string | null | undefined;
}>;


export type ChatStartGetQuery = { liveChat: { id: string, status: ChatStatus, agent: { id: string } | null } };

export type ChatStartMessagesQueryVariables = Exact<{
  id: string | number;
  token?: string | null | undefined;
}>;


export type ChatStartMessagesQuery = { chatMessages: Array<{ seq: number, kind: ChatMessageKind, body: string, authorName: string }> };

export type ChatStartEndMutationVariables = Exact<{
  input: EndChatInput;
}>;


export type ChatStartEndMutation = { endChat: { chat: { status: ChatStatus, endReason: ChatEndReason | null } | null, userErrors: Array<{ code: string }> } };

export type ChatStartHolidayMutationVariables = Exact<{
  input: AddBrandHolidayInput;
}>;


export type ChatStartHolidayMutation = { addBrandHoliday: { userErrors: Array<{ code: string, message: string }> } };

export type CfCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type CfCreateFieldMutation = { createCustomField: { customField: { id: string, name: string, appliesTo: CustomFieldAppliesTo, dataType: CustomFieldDataType, listOptions: Array<string>, defaultValue: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfUpdateFieldMutationVariables = Exact<{
  input: UpdateCustomFieldInput;
}>;


export type CfUpdateFieldMutation = { updateCustomField: { customField: { id: string, name: string, dataType: CustomFieldDataType, listOptions: Array<string>, defaultValue: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfDeleteFieldMutationVariables = Exact<{
  input: DeleteCustomFieldInput;
}>;


export type CfDeleteFieldMutation = { deleteCustomField: { deletedCustomFieldId: string | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfListFieldsQueryVariables = Exact<{
  appliesTo?: CustomFieldAppliesTo | null | undefined;
}>;


export type CfListFieldsQuery = { customFields: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type CfGetFieldQueryVariables = Exact<{
  id: string | number;
}>;


export type CfGetFieldQuery = { customField: { id: string, name: string, dataType: CustomFieldDataType }, node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type CfPeopleCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type CfPeopleCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type CfSetUserCustomFieldsMutationVariables = Exact<{
  input: SetUserCustomFieldsInput;
}>;


export type CfSetUserCustomFieldsMutation = { setUserCustomFields: { user: { id: string } | null, customFields: Array<{ name: string, dataType: CustomFieldDataType, value: string, field: { id: string } }> | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfSetEmployeeCustomFieldsMutationVariables = Exact<{
  input: SetEmployeeCustomFieldsInput;
}>;


export type CfSetEmployeeCustomFieldsMutation = { setEmployeeCustomFields: { customFields: Array<{ name: string, value: string }> | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfEmployeeValuesQueryVariables = Exact<{
  id: string | number;
}>;


export type CfEmployeeValuesQuery = { employee: { customFields: Array<{ name: string, value: string }> } };

export type CfUserListValuesQueryVariables = Exact<{
  first: number;
}>;


export type CfUserListValuesQuery = { users: { nodes: Array<{ id: string, customFields: Array<{ name: string, value: string }> }> } };

export type CfSubCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type CfSubCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type CfSubCreateTemplateMutationVariables = Exact<{
  input: CreateCustomFieldTemplateInput;
}>;


export type CfSubCreateTemplateMutation = { createCustomFieldTemplate: { template: { id: string } | null } };

export type CfSubAddFieldMutationVariables = Exact<{
  input: AddTemplateFieldInput;
}>;


export type CfSubAddFieldMutation = { addTemplateField: { userErrors: Array<{ code: string }> } };

export type CfSubCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CfSubCreateDepartmentMutation = { createDepartment: { department: { id: string } | null } };

export type CfSubUpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type CfSubUpdateDepartmentMutation = { updateDepartment: { userErrors: Array<{ code: string }> } };

export type CfSubSetTemplatesMutationVariables = Exact<{
  input: SetDepartmentCustomFieldTemplatesInput;
}>;


export type CfSubSetTemplatesMutation = { setDepartmentCustomFieldTemplates: { userErrors: Array<{ code: string }> } };

export type CfTicketSubmissionFormQueryVariables = Exact<{
  departmentId: string | number;
  step?: CustomFieldFormStep | null | undefined;
}>;


export type CfTicketSubmissionFormQuery = { ticketSubmissionForm: { departmentName: string, step: CustomFieldFormStep, fields: Array<{ name: string, displayName: string, dataType: CustomFieldDataType, required: boolean, listOptions: Array<string>, defaultValue: string | null, order: number }> } };

export type CfTplCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type CfTplCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type CfTplDeleteFieldMutationVariables = Exact<{
  input: DeleteCustomFieldInput;
}>;


export type CfTplDeleteFieldMutation = { deleteCustomField: { deletedCustomFieldId: string | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfCreateTemplateMutationVariables = Exact<{
  input: CreateCustomFieldTemplateInput;
}>;


export type CfCreateTemplateMutation = { createCustomFieldTemplate: { template: { id: string, displayName: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfUpdateTemplateMutationVariables = Exact<{
  input: UpdateCustomFieldTemplateInput;
}>;


export type CfUpdateTemplateMutation = { updateCustomFieldTemplate: { template: { displayName: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfDeleteTemplateMutationVariables = Exact<{
  input: DeleteCustomFieldTemplateInput;
}>;


export type CfDeleteTemplateMutation = { deleteCustomFieldTemplate: { deletedTemplateId: string | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfAddTemplateFieldMutationVariables = Exact<{
  input: AddTemplateFieldInput;
}>;


export type CfAddTemplateFieldMutation = { addTemplateField: { templateField: { id: string, displayName: string, visibility: TemplateFieldVisibility, requiredByUsers: boolean, requiredForAgentsToSaveOrSend: boolean, requiredForAgentsToClose: boolean, showInCommunicationView: boolean, order: number, customField: { name: string } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfUpdateTemplateFieldMutationVariables = Exact<{
  input: UpdateTemplateFieldInput;
}>;


export type CfUpdateTemplateFieldMutation = { updateTemplateField: { templateField: { displayName: string, visibility: TemplateFieldVisibility, requiredByUsers: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfRemoveTemplateFieldMutationVariables = Exact<{
  input: RemoveTemplateFieldInput;
}>;


export type CfRemoveTemplateFieldMutation = { removeTemplateField: { template: { fields: Array<{ displayName: string }> } | null, userErrors: Array<{ code: string }> } };

export type CfReorderTemplateFieldsMutationVariables = Exact<{
  input: ReorderTemplateFieldsInput;
}>;


export type CfReorderTemplateFieldsMutation = { reorderTemplateFields: { template: { fields: Array<{ displayName: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfGetTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type CfGetTemplateQuery = { customFieldTemplate: { displayName: string, fields: Array<{ displayName: string, order: number, template: { displayName: string } }> }, customFieldTemplates: { totalCount: number }, node:
    | { displayName: string }
    | Record<PropertyKey, never>
   | null };

export type CfCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CfCreateDepartmentMutation = { createDepartment: { department: { id: string } | null } };

export type CfSetDepartmentTemplatesMutationVariables = Exact<{
  input: SetDepartmentCustomFieldTemplatesInput;
}>;


export type CfSetDepartmentTemplatesMutation = { setDepartmentCustomFieldTemplates: { templates: { ticketTemplate: { displayName: string } | null, liveChatTemplate: { displayName: string } | null, callLogTemplate: { displayName: string } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type CfDepartmentTemplatesQueryVariables = Exact<{
  id: string | number;
}>;


export type CfDepartmentTemplatesQuery = { department: { customFieldTemplates: { ticketTemplate: { displayName: string } | null, callLogTemplate: { displayName: string } | null } } };

export type DistPreviewQueryVariables = Exact<{
  groupId: string | number;
}>;


export type DistPreviewQuery = { distributionPreview: { explanation: string, nextAgent: { displayName: string } | null, members: Array<{ skipReason: string | null, groupLoad: number, overallLoad: number, rotationPosition: number | null, employee: { displayName: string } }> } };

export type DistSetFollowUpMutationVariables = Exact<{
  input: SetFollowUpInput;
}>;


export type DistSetFollowUpMutation = { setFollowUp: { userErrors: Array<{ code: string }> } };

export type DistTicketStateQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DistTicketStateQuery = { ticket: { countsTowardLimit: boolean, assignedAgent: { displayName: string } | null, history: { nodes: Array<{ field: string, note: string | null }> } } };

export type DistTakeMutationVariables = Exact<{
  input: TakeTicketInput;
}>;


export type DistTakeMutation = { takeTicket: { ticket: { id: string, countsTowardLimit: boolean } | null, userErrors: Array<{ code: string }> } };

export type DistReleaseMutationVariables = Exact<{
  input: ReleaseTicketToQueueInput;
}>;


export type DistReleaseMutation = { releaseTicketToQueue: { explanation: string | null, userErrors: Array<{ code: string }> } };

export type DistRebalanceMutationVariables = Exact<{
  input: RebalanceTicketsInput;
}>;


export type DistRebalanceMutation = { rebalanceTickets: { moves: Array<{ explanation: string, fromAgent: { displayName: string } | null, toAgent: { displayName: string } | null }> | null, userErrors: Array<{ code: string }> } };

export type DistPinMutationVariables = Exact<{
  input: SetTicketPinnedInput;
}>;


export type DistPinMutation = { setTicketPinned: { userErrors: Array<{ code: string }> } };

export type DistOpenQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DistOpenQuery = { ticket: { id: string } };

export type DistComposingMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type DistComposingMutation = { markComposing: { userErrors: Array<{ code: string }> } };

export type DistHistoryQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DistHistoryQuery = { ticket: { history: { nodes: Array<{ field: string, oldValue: string | null, newValue: string | null, note: string | null }> } } };

export type EmailActCreateSmtpMutationVariables = Exact<{
  input: CreateSmtpAccountInput;
}>;


export type EmailActCreateSmtpMutation = { createSmtpAccount: { userErrors: Array<{ code: string }> } };

export type EmailActSettingsMutationVariables = Exact<{
  input: UpdateEmailSettingsInput;
}>;


export type EmailActSettingsMutation = { updateEmailSettings: { userErrors: Array<{ code: string }> } };

export type EmailInCreateSmtpMutationVariables = Exact<{
  input: CreateSmtpAccountInput;
}>;


export type EmailInCreateSmtpMutation = { createSmtpAccount: { smtpAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type EmailInCreateAccountMutationVariables = Exact<{
  input: CreateMailAccountInput;
}>;


export type EmailInCreateAccountMutation = { createMailAccount: { mailAccount: { id: string, protocol: MailProtocol, port: number, hasPassword: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type EmailInSettingsMutationVariables = Exact<{
  input: UpdateEmailSettingsInput;
}>;


export type EmailInSettingsMutation = { updateEmailSettings: { emailSettings: { deliveryDelaySeconds: number } | null, userErrors: Array<{ code: string }> } };

export type EmailInSpoolQueryVariables = Exact<{
  status?: IncomingMailStatus | null | undefined;
  mailAccountId?: string | number | null | undefined;
}>;


export type EmailInSpoolQuery = { incomingMails: { totalCount: number, nodes: Array<{ id: string, uid: string, status: IncomingMailStatus, note: string | null, subject: string | null, fromAddress: string | null, messageId: string | null, ticketId: string | null, size: number, raw: string }> } };

export type EmailInTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type EmailInTicketQuery = { node:
    | { ticketNumber: string, subject: string, source: TicketSource, status: TicketStatus, requesterEmail: string, department: { id: string }, messages: Array<{ direction: TicketMessageDirection, fromAddress: string, textBody: string | null, cc: Array<string> }>, attachments: Array<{ fileName: string, size: number, contentType: string }>, comments: Array<{ text: string }> }
    | Record<PropertyKey, never>
   | null };

export type EmailInRetryMutationVariables = Exact<{
  input: SpoolMessagesInput;
}>;


export type EmailInRetryMutation = { retryIncomingMails: { incomingMails: Array<{ status: IncomingMailStatus }>, userErrors: Array<{ code: string }> } };

export type EmailNotifyCreateSmtpMutationVariables = Exact<{
  input: CreateSmtpAccountInput;
}>;


export type EmailNotifyCreateSmtpMutation = { createSmtpAccount: { userErrors: Array<{ code: string }> } };

export type EmailNotifySettingsMutationVariables = Exact<{
  input: UpdateEmailSettingsInput;
}>;


export type EmailNotifySettingsMutation = { updateEmailSettings: { userErrors: Array<{ code: string }> } };

export type EmailNotifyStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type EmailNotifyStatusMutation = { changeTicketStatus: { userErrors: Array<{ code: string }> } };

export type EmailOutCreateSmtpMutationVariables = Exact<{
  input: CreateSmtpAccountInput;
}>;


export type EmailOutCreateSmtpMutation = { createSmtpAccount: { smtpAccount: { id: string, server: string, port: number, emailAddress: string, hasPassword: boolean, isDefault: boolean, departmentId: string | null, brandId: string } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type EmailOutUpdateSmtpMutationVariables = Exact<{
  input: UpdateSmtpAccountInput;
}>;


export type EmailOutUpdateSmtpMutation = { updateSmtpAccount: { smtpAccount: { id: string, hasPassword: boolean, isDefault: boolean, port: number } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type EmailOutListSmtpQueryVariables = Exact<{
  brandId?: string | number | null | undefined;
}>;


export type EmailOutListSmtpQuery = { smtpAccounts: Array<{ id: string, isDefault: boolean, hasPassword: boolean }> };

export type EmailOutSmtpFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailOutSmtpFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type EmailOutSettingsMutationVariables = Exact<{
  input: UpdateEmailSettingsInput;
}>;


export type EmailOutSettingsMutation = { updateEmailSettings: { emailSettings: { deliveryDelaySeconds: number, blacklist: Array<string> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type EmailOutReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type EmailOutReplyMutation = { replyToTicket: { message: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type EmailOutSpoolQueryVariables = Exact<{
  status?: OutgoingMailStatus | null | undefined;
  sort?: MailSpoolSort | null | undefined;
  direction?: SortDirection | null | undefined;
  ticketId?: string | number | null | undefined;
}>;


export type EmailOutSpoolQuery = { outgoingMails: { totalCount: number, nodes: Array<{ id: string, kind: OutgoingMailKind, status: OutgoingMailStatus, subject: string, messageId: string, fromAddress: string, recipients: Array<string>, attempts: number, lastError: string | null, size: number, sentAt: string | null, ticketId: string | null, raw: string }> } };

export type EmailOutRetryMutationVariables = Exact<{
  input: SpoolMessagesInput;
}>;


export type EmailOutRetryMutation = { retryOutgoingMails: { outgoingMails: Array<{ id: string, status: OutgoingMailStatus, attempts: number }>, userErrors: Array<{ code: string, message: string }> } };

export type EmailOutDeleteMutationVariables = Exact<{
  input: SpoolMessagesInput;
}>;


export type EmailOutDeleteMutation = { deleteOutgoingMails: { deletedIds: Array<string>, userErrors: Array<{ code: string }> } };

export type EmailOutTemplatesQueryVariables = Exact<{
  brandId: string | number;
}>;


export type EmailOutTemplatesQuery = { emailTemplates: Array<{ kind: EmailTemplateKind, subject: string, html: string, isDefault: boolean, variables: Array<string>, requiredVariables: Array<string> }> };

export type EmailOutUpdateTemplateMutationVariables = Exact<{
  input: UpdateEmailTemplateInput;
}>;


export type EmailOutUpdateTemplateMutation = { updateEmailTemplate: { emailTemplate: { kind: EmailTemplateKind, html: string, isDefault: boolean } | null, userErrors: Array<{ code: string, message: string }> } };

export type EmailOutResetTemplateMutationVariables = Exact<{
  input: ResetEmailTemplateInput;
}>;


export type EmailOutResetTemplateMutation = { resetEmailTemplate: { emailTemplate: { isDefault: boolean } | null, userErrors: Array<{ code: string }> } };

export type EmailOutPreviewQueryVariables = Exact<{
  brandId: string | number;
  kind: EmailTemplateKind;
}>;


export type EmailOutPreviewQuery = { previewEmailTemplate: { subject: string, html: string, text: string } };

export type EmailOutSettingsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailOutSettingsQueryQuery = { emailSettings: { deliveryDelaySeconds: number } };

export type EmailOutMailAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailOutMailAccountsQuery = { mailAccounts: Array<{ id: string }> };

export type EmailOutIncomingQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailOutIncomingQuery = { incomingMails: { totalCount: number } };

export type EmailRulesCreateSmtpMutationVariables = Exact<{
  input: CreateSmtpAccountInput;
}>;


export type EmailRulesCreateSmtpMutation = { createSmtpAccount: { userErrors: Array<{ code: string }> } };

export type EmailRulesCreateAccountMutationVariables = Exact<{
  input: CreateMailAccountInput;
}>;


export type EmailRulesCreateAccountMutation = { createMailAccount: { mailAccount: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type EmailRulesUpdateAccountMutationVariables = Exact<{
  input: UpdateMailAccountInput;
}>;


export type EmailRulesUpdateAccountMutation = { updateMailAccount: { mailAccount: { acceptNewTickets: boolean, startTicketsRoleId: string | null } | null, userErrors: Array<{ code: string }> } };

export type EmailRulesSettingsMutationVariables = Exact<{
  input: UpdateEmailSettingsInput;
}>;


export type EmailRulesSettingsMutation = { updateEmailSettings: { userErrors: Array<{ code: string }> } };

export type EmailRulesResponderMutationVariables = Exact<{
  input: CreateAutoresponderInput;
}>;


export type EmailRulesResponderMutation = { createAutoresponder: { autoresponder: { id: string, departmentIds: Array<string> } | null, userErrors: Array<{ code: string, message: string }> } };

export type EmailRulesIncomingQueryVariables = Exact<{
  status?: IncomingMailStatus | null | undefined;
}>;


export type EmailRulesIncomingQuery = { incomingMails: { nodes: Array<{ subject: string | null, status: IncomingMailStatus, note: string | null, fromAddress: string | null }> } };

export type EvCondEvaluationsQueryVariables = Exact<{
  ruleId?: string | number | null | undefined;
  subjectId?: string | number | null | undefined;
}>;


export type EvCondEvaluationsQuery = { eventRuleEvaluations: { totalCount: number, nodes: Array<{ id: string, ruleName: string, eventType: string, eventTypeId: number, domainEventType: string, outcome: EventRuleEvaluationOutcome, reason: string | null, subjectId: string, rule: { id: string } | null, conditions: Array<{ key: string, operator: string, values: Array<string>, actual: string | null, matched: boolean }>, actions: Array<{ action: string, outcome: EventActionOutcome, attempts: number, message: string | null }> }> } };

export type EvCondTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type EvCondTicketQuery = { ticket: { status: TicketStatus, priority: TicketPriority, comments: Array<{ text: string }> } };

export type EvCondProviderMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type EvCondProviderMutation = { updateExternalProvider: { userErrors: Array<{ code: string, message: string }> } };

export type EvEngineHoursMutationVariables = Exact<{
  input: SetDepartmentBusinessHoursInput;
}>;


export type EvEngineHoursMutation = { setDepartmentBusinessHours: { userErrors: Array<{ code: string }> } };

export type EvEngineHolidayMutationVariables = Exact<{
  input: AddDepartmentHolidayInput;
}>;


export type EvEngineHolidayMutation = { addDepartmentHoliday: { userErrors: Array<{ code: string }> } };

export type EvEngineFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type EvEngineFieldMutation = { createCustomField: { customField: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type EvEngineStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type EvEngineStatusMutation = { changeTicketStatus: { userErrors: Array<{ code: string }> } };

export type EvEngineEvaluationsQueryVariables = Exact<{
  ruleId?: string | number | null | undefined;
  subjectId?: string | number | null | undefined;
}>;


export type EvEngineEvaluationsQuery = { eventRuleEvaluations: { totalCount: number, nodes: Array<{ id: string, ruleName: string, eventType: string, eventTypeId: number, domainEventType: string, outcome: EventRuleEvaluationOutcome, reason: string | null, subjectId: string, rule: { id: string } | null, conditions: Array<{ key: string, operator: string, values: Array<string>, actual: string | null, matched: boolean }>, actions: Array<{ action: string, outcome: EventActionOutcome, attempts: number, message: string | null }> }> } };

export type EvEngineTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type EvEngineTicketQuery = { ticket: { status: TicketStatus, priority: TicketPriority, comments: Array<{ text: string }> } };

export type EvEngineRemindersSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type EvEngineRemindersSubscription = { eventReminders: { ruleName: string, eventType: string, subjectId: string, text: string } };

export type EvEngineChangePriorityMutationVariables = Exact<{
  input: ChangeTicketPriorityInput;
}>;


export type EvEngineChangePriorityMutation = { changeTicketPriority: { userErrors: Array<{ code: string }> } };

export type EvManualTriggerMutationVariables = Exact<{
  input: TriggerManualEventInput;
}>;


export type EvManualTriggerMutation = { triggerManualEvent: { matched: boolean, evaluation: { eventType: string, outcome: EventRuleEvaluationOutcome, actions: Array<{ action: string, outcome: EventActionOutcome }> } | null, userErrors: Array<{ code: string }> } };

export type EvManualTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type EvManualTicketQuery = { ticket: { priority: TicketPriority, comments: Array<{ text: string }> } };

export type EvAccessCreateRuleMutationVariables = Exact<{
  input: CreateEventRuleInput;
}>;


export type EvAccessCreateRuleMutation = { createEventRule: { eventRule: { id: string, name: string, enabled: boolean, scope: EventRuleScope, category: EventCategory, eventType: string, eventTypeId: number, eventTypeName: string, owner: { id: string } | null, conditions: Array<{ key: string, operator: EventConditionOperator, values: Array<string>, customField: string | null }>, actions: Array<{ id: string, action: string, maximumFrequencyMinutes: number | null, parameters: Array<{ key: string, value: string }> }> } | null, warnings: Array<{ code: string }>, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type EvAccessUpdateRuleMutationVariables = Exact<{
  input: UpdateEventRuleInput;
}>;


export type EvAccessUpdateRuleMutation = { updateEventRule: { eventRule: { id: string, name: string, enabled: boolean, actions: Array<{ id: string, action: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type EvAccessDeleteRuleMutationVariables = Exact<{
  input: DeleteEventRuleInput;
}>;


export type EvAccessDeleteRuleMutation = { deleteEventRule: { deletedEventRuleId: string | null, userErrors: Array<{ code: string }> } };

export type EvAccessEnableRulesMutationVariables = Exact<{
  input: SetEventRulesEnabledInput;
}>;


export type EvAccessEnableRulesMutation = { setEventRulesEnabled: { eventRules: Array<{ id: string, enabled: boolean }>, userErrors: Array<{ code: string }> } };

export type EvAccessRulesQueryVariables = Exact<{
  scope?: EventRuleScope | null | undefined;
  category?: EventCategory | null | undefined;
}>;


export type EvAccessRulesQuery = { eventRules: { totalCount: number, nodes: Array<{ id: string, name: string, scope: EventRuleScope, owner: { id: string } | null }> } };

export type EvAccessRuleQueryVariables = Exact<{
  id: string | number;
}>;


export type EvAccessRuleQuery = { eventRule: { id: string, name: string } };

export type EvAccessSettingsMutationVariables = Exact<{
  input: UpdateEventSettingsInput;
}>;


export type EvAccessSettingsMutation = { updateEventSettings: { settings: { stopIdleEventsAfterDays: number | null } | null, userErrors: Array<{ code: string }> } };

export type EvCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type EvCatalogQuery = { eventCatalog: { categories: Array<{ key: EventCategory, systemOnly: boolean, eventTypes: Array<{ key: string, name: string, numericId: number, documentedId: boolean, available: boolean, systemOnly: boolean, sources: Array<{ domainEventType: string, whereField: string | null, whereValue: string | null, emitted: boolean }> }>, conditions: Array<{ key: string, valueType: EventConditionValueType, operators: Array<EventConditionOperator>, referenceType: string | null, enumValues: Array<string> | null }>, actions: Array<{ key: string, oncePerItem: boolean, systemOnly: boolean, implemented: boolean, parameters: Array<{ key: string, required: boolean }> }> }>, operators: Array<{ operator: EventConditionOperator, minValues: number, maxValues: number | null }>, uncategorizedEventTypes: Array<{ numericId: number }> } };

export type EvCreateRuleMutationVariables = Exact<{
  input: CreateEventRuleInput;
}>;


export type EvCreateRuleMutation = { createEventRule: { eventRule: { id: string, name: string, enabled: boolean, scope: EventRuleScope, category: EventCategory, eventType: string, eventTypeId: number, eventTypeName: string, owner: { id: string } | null, conditions: Array<{ key: string, operator: EventConditionOperator, values: Array<string>, customField: string | null }>, actions: Array<{ id: string, action: string, maximumFrequencyMinutes: number | null, parameters: Array<{ key: string, value: string }> }> } | null, warnings: Array<{ code: string }>, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type EvSlaEvaluationsQueryVariables = Exact<{
  ruleId?: string | number | null | undefined;
  subjectId?: string | number | null | undefined;
}>;


export type EvSlaEvaluationsQuery = { eventRuleEvaluations: { nodes: Array<{ ruleName: string, outcome: EventRuleEvaluationOutcome, reason: string | null, eventType: string, conditions: Array<{ key: string, actual: string | null, matched: boolean }>, actions: Array<{ action: string, outcome: EventActionOutcome }> }> } };

export type EvSlaTicketQueryVariables = Exact<{
  id: string | number;
}>;


export type EvSlaTicketQuery = { ticket: { priority: TicketPriority, group: { id: string } | null, comments: Array<{ text: string }> } };

export type EvSlaHoursMutationVariables = Exact<{
  input: SetDepartmentBusinessHoursInput;
}>;


export type EvSlaHoursMutation = { setDepartmentBusinessHours: { userErrors: Array<{ code: string }> } };

export type EvSlaReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type EvSlaReplyMutation = { replyToTicket: { userErrors: Array<{ code: string }> } };

export type EvSlaDeleteMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type EvSlaDeleteMutation = { deleteTickets: { userErrors: Array<{ code: string }> } };

export type EvSlaSettingsMutationVariables = Exact<{
  input: UpdateEventSettingsInput;
}>;


export type EvSlaSettingsMutation = { updateEventSettings: { userErrors: Array<{ code: string }> } };

export type EvSlaStartChatMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type EvSlaStartChatMutation = { startChat: { chat: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type EvTypesEvaluationsQueryVariables = Exact<{
  ruleId?: string | number | null | undefined;
}>;


export type EvTypesEvaluationsQuery = { eventRuleEvaluations: { totalCount: number, nodes: Array<{ eventType: string, eventTypeId: number, domainEventType: string, subjectId: string, conditions: Array<{ key: string, actual: string | null, matched: boolean }>, actions: Array<{ action: string, outcome: EventActionOutcome, message: string | null }> }> } };

export type EvTypesAddTimeLogMutationVariables = Exact<{
  input: AddTicketTimeLogInput;
}>;


export type EvTypesAddTimeLogMutation = { addTicketTimeLog: { timeLog: { id: string } | null, userErrors: Array<{ code: string }> } };

export type EvTypesEditTimeLogMutationVariables = Exact<{
  input: UpdateTicketTimeLogInput;
}>;


export type EvTypesEditTimeLogMutation = { updateTicketTimeLog: { userErrors: Array<{ code: string }> } };

export type EvTypesReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type EvTypesReplyMutation = { replyToTicket: { userErrors: Array<{ code: string, message: string }> } };

export type EvTypesSubmitMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type EvTypesSubmitMutation = { submitTicket: { ticket: { id: string } | null, userErrors: Array<{ code: string }> } };

export type EvTypesRequestCloseMutationVariables = Exact<{
  input: RequestTicketCloseInput;
}>;


export type EvTypesRequestCloseMutation = { requestTicketClose: { ticket: { status: TicketStatus, comments: Array<{ text: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type EvTypesStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type EvTypesStatusMutation = { changeTicketStatus: { userErrors: Array<{ code: string }> } };

export type JobListQueryVariables = Exact<{
  status?: JobStatus | null | undefined;
  kind?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type JobListQuery = { jobs: { totalCount: number, nodes: Array<{ id: string, kind: string, key: string | null, status: JobStatus, attempts: number, maxAttempts: number | null, lastError: string | null, payload: Record<string, unknown>, runAt: string, finishedAt: string | null }> } };

export type JobRetryMutationVariables = Exact<{
  input: RetryJobInput;
}>;


export type JobRetryMutation = { retryJob: { job: { id: string, status: JobStatus, attempts: number, finishedAt: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type JobCancelMutationVariables = Exact<{
  input: CancelJobInput;
}>;


export type JobCancelMutation = { cancelJob: { job: { id: string, status: JobStatus, finishedAt: string | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type JobNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type JobNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { kind: string, status: JobStatus, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type OrgBrandLifeReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgBrandLifeReadQuery = { brand: { id: string, holidays: Array<{ id: string, name: string, date: string }> } };

export type OrgBrandLifeListQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgBrandLifeListQuery = { brands: { nodes: Array<{ id: string, isDefault: boolean }> } };

export type OrgBrandLifeCreateMutationVariables = Exact<{
  input: CreateBrandInput;
}>;


export type OrgBrandLifeCreateMutation = { createBrand: { brand: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgBrandLifeSetDefaultMutationVariables = Exact<{
  input: BrandIdInput;
}>;


export type OrgBrandLifeSetDefaultMutation = { setDefaultBrand: { brand: { id: string, isDefault: boolean } | null, userErrors: Array<{ code: string }> } };

export type OrgBrandLifeHoursMutationVariables = Exact<{
  input: SetBrandBusinessHoursInput;
}>;


export type OrgBrandLifeHoursMutation = { setBrandBusinessHours: { brand: { businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null, closed: boolean }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgBrandLifeAddHolidayMutationVariables = Exact<{
  input: AddBrandHolidayInput;
}>;


export type OrgBrandLifeAddHolidayMutation = { addBrandHoliday: { holiday: { id: string, name: string, date: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgBrandLifeRemoveHolidayMutationVariables = Exact<{
  input: RemoveHolidayInput;
}>;


export type OrgBrandLifeRemoveHolidayMutation = { removeBrandHoliday: { removedHolidayId: string | null, userErrors: Array<{ code: string }> } };

export type OrgBrandLifeDeleteMutationVariables = Exact<{
  input: BrandIdInput;
}>;


export type OrgBrandLifeDeleteMutation = { deleteBrand: { deletedBrandId: string | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgBrandLifeCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgBrandLifeCreateDepartmentMutation = { createDepartment: { department: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgBrandReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgBrandReadQuery = { brand: { id: string, name: string, hostHeaders: Array<string>, isDefault: boolean, companyWebsite: string | null, enableCookieDisclaimer: boolean, defaultFont: string | null, googleAnalyticsSiteId: string | null, displayLogoOnPortal: boolean, permissions: { minimumPostsToPostLinks: number, usersCanChangePassword: boolean, newFeedbackStartsModerated: boolean, viewCommunityRole: { predefined: PredefinedRole | null } | null, postLinksInPortalRole: { predefined: PredefinedRole | null } | null, viewTicketsRole: { id: string, predefined: PredefinedRole | null } | null }, portal: { primaryColor: string, secondaryColor: string, primaryButtonColor: string, secondaryButtonColor: string, buttonTextColor: string, contentBackgroundColor: string, navigationBarColor: string, textColor: string, linkColor: string, customCss: string | null, privacyPolicyUrl: string | null, privacyPolicyEnabled: boolean, displayLiveChatInPortal: boolean }, cookieDisclaimer: { enabled: boolean, text: string | null, primaryColor: string, secondaryColor: string, version: string | null }, customMessages: { mainPortalAnnouncement: string | null, additionalPortalFooter: string | null }, businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null, closed: boolean }>, holidays: Array<{ id: string, name: string, date: string }> } };

export type OrgBrandListQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgBrandListQuery = { brands: { totalCount: number, nodes: Array<{ id: string, name: string, isDefault: boolean }> } };

export type OrgBrandCreateMutationVariables = Exact<{
  input: CreateBrandInput;
}>;


export type OrgBrandCreateMutation = { createBrand: { brand: { id: string, name: string, hostHeaders: Array<string>, isDefault: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgBrandUpdateMutationVariables = Exact<{
  input: UpdateBrandInput;
}>;


export type OrgBrandUpdateMutation = { updateBrand: { brand: { id: string, name: string, companyWebsite: string | null, permissions: { minimumPostsToPostLinks: number, viewTicketsRole: { predefined: PredefinedRole | null } | null, viewNewsRole: { predefined: PredefinedRole | null } | null }, portal: { primaryColor: string, privacyPolicyEnabled: boolean }, cookieDisclaimer: { text: string | null, version: string | null }, customMessages: { mainPortalAnnouncement: string | null } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgDelCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgDelCreateDepartmentMutation = { createDepartment: { department: { id: string, frontLineGroup: { id: string } } | null, userErrors: Array<{ code: string }> } };

export type OrgDelReadDepartmentQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgDelReadDepartmentQuery = { department: { id: string } };

export type OrgDelDeleteDepartmentMutationVariables = Exact<{
  input: DeleteDepartmentInput;
}>;


export type OrgDelDeleteDepartmentMutation = { deleteDepartment: { deletedDepartmentId: string | null, itemsMovedTo: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type OrgDelCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type OrgDelCreateGroupMutation = { createGroup: { group: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgDelAddAgentMutationVariables = Exact<{
  input: AddAgentToGroupInput;
}>;


export type OrgDelAddAgentMutation = { addAgentToGroup: { membership: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgDelDeleteGroupMutationVariables = Exact<{
  input: DeleteGroupInput;
}>;


export type OrgDelDeleteGroupMutation = { deleteGroup: { deletedGroupId: string | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgDeptFieldsFragment = { id: string, name: string, preferredLanguage: string | null, allowAllAgentsToFindItemsInAdvancedSearch: boolean, allowManagersOutsideToView: boolean, markTimeLogsBillableByDefault: boolean, inheritBusinessHoursFromBrand: boolean, inheritHolidaysFromBrand: boolean, brand: { id: string }, frontLineGroup: { id: string, name: string, isFrontLine: boolean }, groups: Array<{ id: string, name: string, isFrontLine: boolean }>, tickets: { autoCloseAfterHours: number | null, autoLockAfterHours: number | null, autoDeleteAfterDays: number | null, requireResolutionToClose: boolean, requireAllTasksCompletedToClose: boolean, notifyCustomerOnAutoClose: boolean, newTicketsInPortalRole: { predefined: PredefinedRole | null } | null }, callLogs: { callLogAutoDeleteAfterDays: number | null }, customMessages: { beforeTicketSubmissionMessage: string | null, afterTicketSubmissionMessage: string | null }, businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, effectiveBusinessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, holidays: Array<{ id: string, date: string }>, effectiveHolidays: Array<{ date: string }> };

export type OrgDeptReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgDeptReadQuery = { department: { id: string, name: string, preferredLanguage: string | null, allowAllAgentsToFindItemsInAdvancedSearch: boolean, allowManagersOutsideToView: boolean, markTimeLogsBillableByDefault: boolean, inheritBusinessHoursFromBrand: boolean, inheritHolidaysFromBrand: boolean, brand: { id: string }, frontLineGroup: { id: string, name: string, isFrontLine: boolean }, groups: Array<{ id: string, name: string, isFrontLine: boolean }>, tickets: { autoCloseAfterHours: number | null, autoLockAfterHours: number | null, autoDeleteAfterDays: number | null, requireResolutionToClose: boolean, requireAllTasksCompletedToClose: boolean, notifyCustomerOnAutoClose: boolean, newTicketsInPortalRole: { predefined: PredefinedRole | null } | null }, callLogs: { callLogAutoDeleteAfterDays: number | null }, customMessages: { beforeTicketSubmissionMessage: string | null, afterTicketSubmissionMessage: string | null }, businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, effectiveBusinessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, holidays: Array<{ id: string, date: string }>, effectiveHolidays: Array<{ date: string }> } };

export type OrgDeptListQueryVariables = Exact<{
  brandId?: string | number | null | undefined;
}>;


export type OrgDeptListQuery = { departments: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type OrgDeptCreateMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgDeptCreateMutation = { createDepartment: { department: { id: string, name: string, preferredLanguage: string | null, allowAllAgentsToFindItemsInAdvancedSearch: boolean, allowManagersOutsideToView: boolean, markTimeLogsBillableByDefault: boolean, inheritBusinessHoursFromBrand: boolean, inheritHolidaysFromBrand: boolean, brand: { id: string }, frontLineGroup: { id: string, name: string, isFrontLine: boolean }, groups: Array<{ id: string, name: string, isFrontLine: boolean }>, tickets: { autoCloseAfterHours: number | null, autoLockAfterHours: number | null, autoDeleteAfterDays: number | null, requireResolutionToClose: boolean, requireAllTasksCompletedToClose: boolean, notifyCustomerOnAutoClose: boolean, newTicketsInPortalRole: { predefined: PredefinedRole | null } | null }, callLogs: { callLogAutoDeleteAfterDays: number | null }, customMessages: { beforeTicketSubmissionMessage: string | null, afterTicketSubmissionMessage: string | null }, businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, effectiveBusinessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, holidays: Array<{ id: string, date: string }>, effectiveHolidays: Array<{ date: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgDeptUpdateMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type OrgDeptUpdateMutation = { updateDepartment: { department: { id: string, name: string, preferredLanguage: string | null, allowAllAgentsToFindItemsInAdvancedSearch: boolean, allowManagersOutsideToView: boolean, markTimeLogsBillableByDefault: boolean, inheritBusinessHoursFromBrand: boolean, inheritHolidaysFromBrand: boolean, brand: { id: string }, frontLineGroup: { id: string, name: string, isFrontLine: boolean }, groups: Array<{ id: string, name: string, isFrontLine: boolean }>, tickets: { autoCloseAfterHours: number | null, autoLockAfterHours: number | null, autoDeleteAfterDays: number | null, requireResolutionToClose: boolean, requireAllTasksCompletedToClose: boolean, notifyCustomerOnAutoClose: boolean, newTicketsInPortalRole: { predefined: PredefinedRole | null } | null }, callLogs: { callLogAutoDeleteAfterDays: number | null }, customMessages: { beforeTicketSubmissionMessage: string | null, afterTicketSubmissionMessage: string | null }, businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, effectiveBusinessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, holidays: Array<{ id: string, date: string }>, effectiveHolidays: Array<{ date: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgDeptCloneMutationVariables = Exact<{
  input: CloneDepartmentInput;
}>;


export type OrgDeptCloneMutation = { cloneDepartment: { department: { id: string, name: string, preferredLanguage: string | null, allowAllAgentsToFindItemsInAdvancedSearch: boolean, allowManagersOutsideToView: boolean, markTimeLogsBillableByDefault: boolean, inheritBusinessHoursFromBrand: boolean, inheritHolidaysFromBrand: boolean, brand: { id: string }, frontLineGroup: { id: string, name: string, isFrontLine: boolean }, groups: Array<{ id: string, name: string, isFrontLine: boolean }>, tickets: { autoCloseAfterHours: number | null, autoLockAfterHours: number | null, autoDeleteAfterDays: number | null, requireResolutionToClose: boolean, requireAllTasksCompletedToClose: boolean, notifyCustomerOnAutoClose: boolean, newTicketsInPortalRole: { predefined: PredefinedRole | null } | null }, callLogs: { callLogAutoDeleteAfterDays: number | null }, customMessages: { beforeTicketSubmissionMessage: string | null, afterTicketSubmissionMessage: string | null }, businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, effectiveBusinessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, holidays: Array<{ id: string, date: string }>, effectiveHolidays: Array<{ date: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgDeptHoursMutationVariables = Exact<{
  input: SetDepartmentBusinessHoursInput;
}>;


export type OrgDeptHoursMutation = { setDepartmentBusinessHours: { department: { id: string, name: string, preferredLanguage: string | null, allowAllAgentsToFindItemsInAdvancedSearch: boolean, allowManagersOutsideToView: boolean, markTimeLogsBillableByDefault: boolean, inheritBusinessHoursFromBrand: boolean, inheritHolidaysFromBrand: boolean, brand: { id: string }, frontLineGroup: { id: string, name: string, isFrontLine: boolean }, groups: Array<{ id: string, name: string, isFrontLine: boolean }>, tickets: { autoCloseAfterHours: number | null, autoLockAfterHours: number | null, autoDeleteAfterDays: number | null, requireResolutionToClose: boolean, requireAllTasksCompletedToClose: boolean, notifyCustomerOnAutoClose: boolean, newTicketsInPortalRole: { predefined: PredefinedRole | null } | null }, callLogs: { callLogAutoDeleteAfterDays: number | null }, customMessages: { beforeTicketSubmissionMessage: string | null, afterTicketSubmissionMessage: string | null }, businessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, effectiveBusinessHours: Array<{ dayOfWeek: DayOfWeek, start: string | null, end: string | null }>, holidays: Array<{ id: string, date: string }>, effectiveHolidays: Array<{ date: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgDeptAddHolidayMutationVariables = Exact<{
  input: AddDepartmentHolidayInput;
}>;


export type OrgDeptAddHolidayMutation = { addDepartmentHoliday: { holiday: { id: string, date: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgDeptAddBrandHolidayMutationVariables = Exact<{
  input: AddBrandHolidayInput;
}>;


export type OrgDeptAddBrandHolidayMutation = { addBrandHoliday: { holiday: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgDeptCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type OrgDeptCreateGroupMutation = { createGroup: { group: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgGroupCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgGroupCreateDepartmentMutation = { createDepartment: { department: { id: string, frontLineGroup: { id: string } } | null, userErrors: Array<{ code: string }> } };

export type OrgGroupFieldsFragment = { id: string, name: string, isFrontLine: boolean, roundRobin: boolean, agentCount: number, department: { id: string }, timeEstimates: { ticketCreatedMinutes: number | null, ticketTransferredMinutes: number | null, ticketMessageInMinutes: number | null, ticketMessageOutMinutes: number | null, liveChatStartedMinutes: number | null, liveChatTransferredMinutes: number | null } };

export type OrgGroupCreateMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type OrgGroupCreateMutation = { createGroup: { group: { id: string, name: string, isFrontLine: boolean, roundRobin: boolean, agentCount: number, department: { id: string }, timeEstimates: { ticketCreatedMinutes: number | null, ticketTransferredMinutes: number | null, ticketMessageInMinutes: number | null, ticketMessageOutMinutes: number | null, liveChatStartedMinutes: number | null, liveChatTransferredMinutes: number | null } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgGroupUpdateMutationVariables = Exact<{
  input: UpdateGroupInput;
}>;


export type OrgGroupUpdateMutation = { updateGroup: { group: { id: string, name: string, isFrontLine: boolean, roundRobin: boolean, agentCount: number, department: { id: string }, timeEstimates: { ticketCreatedMinutes: number | null, ticketTransferredMinutes: number | null, ticketMessageInMinutes: number | null, ticketMessageOutMinutes: number | null, liveChatStartedMinutes: number | null, liveChatTransferredMinutes: number | null } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgGroupDeleteMutationVariables = Exact<{
  input: DeleteGroupInput;
}>;


export type OrgGroupDeleteMutation = { deleteGroup: { deletedGroupId: string | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgGroupReadQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgGroupReadQuery = { group: { id: string, name: string, isFrontLine: boolean, roundRobin: boolean, agentCount: number, memberships: Array<{ id: string, ticketHandling: TicketHandling, chatHandling: ChatHandling, employee: { id: string } }>, department: { id: string }, timeEstimates: { ticketCreatedMinutes: number | null, ticketTransferredMinutes: number | null, ticketMessageInMinutes: number | null, ticketMessageOutMinutes: number | null, liveChatStartedMinutes: number | null, liveChatTransferredMinutes: number | null } } };

export type OrgMembershipFieldsFragment = { id: string, ticketHandling: TicketHandling, maxTickets: number | null, chatHandling: ChatHandling, autoInactiveEnabled: boolean, autoInactiveMinutes: number | null, handOffOnAutoInactive: boolean, goActiveOnLogin: boolean, ticketsActive: boolean, chatsActive: boolean | null, employee: { id: string, username: string }, group: { id: string, agentCount: number } };

export type OrgGroupAddAgentMutationVariables = Exact<{
  input: AddAgentToGroupInput;
}>;


export type OrgGroupAddAgentMutation = { addAgentToGroup: { membership: { id: string, ticketHandling: TicketHandling, maxTickets: number | null, chatHandling: ChatHandling, autoInactiveEnabled: boolean, autoInactiveMinutes: number | null, handOffOnAutoInactive: boolean, goActiveOnLogin: boolean, ticketsActive: boolean, chatsActive: boolean | null, employee: { id: string, username: string }, group: { id: string, agentCount: number } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgGroupUpdateMembershipMutationVariables = Exact<{
  input: UpdateAgentGroupMembershipInput;
}>;


export type OrgGroupUpdateMembershipMutation = { updateAgentGroupMembership: { membership: { id: string, ticketHandling: TicketHandling, maxTickets: number | null, chatHandling: ChatHandling, autoInactiveEnabled: boolean, autoInactiveMinutes: number | null, handOffOnAutoInactive: boolean, goActiveOnLogin: boolean, ticketsActive: boolean, chatsActive: boolean | null, employee: { id: string, username: string }, group: { id: string, agentCount: number } } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type OrgGroupRemoveAgentMutationVariables = Exact<{
  input: RemoveAgentFromGroupInput;
}>;


export type OrgGroupRemoveAgentMutation = { removeAgentFromGroup: { removedMembershipId: string | null, group: { agentCount: number } | null, userErrors: Array<{ code: string }> } };

export type OrgGroupMineQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgGroupMineQuery = { me:
    | { groupMemberships: Array<{ group: { name: string } }> }
    | Record<PropertyKey, never>
   };

export type OrgTreeCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgTreeCreateDepartmentMutation = { createDepartment: { department: { id: string, frontLineGroup: { id: string } } | null, userErrors: Array<{ code: string }> } };

export type OrgTreeCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type OrgTreeCreateGroupMutation = { createGroup: { group: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgTreeAddAgentMutationVariables = Exact<{
  input: AddAgentToGroupInput;
}>;


export type OrgTreeAddAgentMutation = { addAgentToGroup: { membership: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgTreeReadQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgTreeReadQuery = { departments: { nodes: Array<{ name: string, agentCount: number, brand: { name: string }, frontLineGroup: { name: string }, groups: Array<{ name: string, roundRobin: boolean, memberships: Array<{ ticketHandling: TicketHandling, employee: { username: string }, group: { name: string } }> }> }> } };

export type OrgPermArrangeMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgPermArrangeMutation = { createDepartment: { department: { id: string, frontLineGroup: { id: string } } | null, userErrors: Array<{ code: string }> } };

export type OrgPermArrangeMemberMutationVariables = Exact<{
  input: AddAgentToGroupInput;
}>;


export type OrgPermArrangeMemberMutation = { addAgentToGroup: { membership: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgPermArrangeHolidayMutationVariables = Exact<{
  input: AddBrandHolidayInput;
}>;


export type OrgPermArrangeHolidayMutation = { addBrandHoliday: { holiday: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgPermCreateBrandMutationVariables = Exact<{
  input: CreateBrandInput;
}>;


export type OrgPermCreateBrandMutation = { createBrand: { userErrors: Array<{ code: string }> } };

export type OrgPermUpdateBrandMutationVariables = Exact<{
  input: UpdateBrandInput;
}>;


export type OrgPermUpdateBrandMutation = { updateBrand: { userErrors: Array<{ code: string }> } };

export type OrgPermSetDefaultBrandMutationVariables = Exact<{
  input: BrandIdInput;
}>;


export type OrgPermSetDefaultBrandMutation = { setDefaultBrand: { userErrors: Array<{ code: string }> } };

export type OrgPermBrandHoursMutationVariables = Exact<{
  input: SetBrandBusinessHoursInput;
}>;


export type OrgPermBrandHoursMutation = { setBrandBusinessHours: { userErrors: Array<{ code: string }> } };

export type OrgPermAddBrandHolidayMutationVariables = Exact<{
  input: AddBrandHolidayInput;
}>;


export type OrgPermAddBrandHolidayMutation = { addBrandHoliday: { userErrors: Array<{ code: string }> } };

export type OrgPermRemoveBrandHolidayMutationVariables = Exact<{
  input: RemoveHolidayInput;
}>;


export type OrgPermRemoveBrandHolidayMutation = { removeBrandHoliday: { userErrors: Array<{ code: string }> } };

export type OrgPermDeleteBrandMutationVariables = Exact<{
  input: BrandIdInput;
}>;


export type OrgPermDeleteBrandMutation = { deleteBrand: { userErrors: Array<{ code: string }> } };

export type OrgPermCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgPermCreateDepartmentMutation = { createDepartment: { userErrors: Array<{ code: string }> } };

export type OrgPermUpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type OrgPermUpdateDepartmentMutation = { updateDepartment: { userErrors: Array<{ code: string }> } };

export type OrgPermCloneDepartmentMutationVariables = Exact<{
  input: CloneDepartmentInput;
}>;


export type OrgPermCloneDepartmentMutation = { cloneDepartment: { userErrors: Array<{ code: string }> } };

export type OrgPermDeleteDepartmentMutationVariables = Exact<{
  input: DeleteDepartmentInput;
}>;


export type OrgPermDeleteDepartmentMutation = { deleteDepartment: { userErrors: Array<{ code: string }> } };

export type OrgPermDepartmentHoursMutationVariables = Exact<{
  input: SetDepartmentBusinessHoursInput;
}>;


export type OrgPermDepartmentHoursMutation = { setDepartmentBusinessHours: { userErrors: Array<{ code: string }> } };

export type OrgPermAddDepartmentHolidayMutationVariables = Exact<{
  input: AddDepartmentHolidayInput;
}>;


export type OrgPermAddDepartmentHolidayMutation = { addDepartmentHoliday: { userErrors: Array<{ code: string }> } };

export type OrgPermRemoveDepartmentHolidayMutationVariables = Exact<{
  input: RemoveHolidayInput;
}>;


export type OrgPermRemoveDepartmentHolidayMutation = { removeDepartmentHoliday: { userErrors: Array<{ code: string }> } };

export type OrgPermCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type OrgPermCreateGroupMutation = { createGroup: { userErrors: Array<{ code: string }> } };

export type OrgPermUpdateGroupMutationVariables = Exact<{
  input: UpdateGroupInput;
}>;


export type OrgPermUpdateGroupMutation = { updateGroup: { userErrors: Array<{ code: string }> } };

export type OrgPermDeleteGroupMutationVariables = Exact<{
  input: DeleteGroupInput;
}>;


export type OrgPermDeleteGroupMutation = { deleteGroup: { userErrors: Array<{ code: string }> } };

export type OrgPermAddAgentMutationVariables = Exact<{
  input: AddAgentToGroupInput;
}>;


export type OrgPermAddAgentMutation = { addAgentToGroup: { userErrors: Array<{ code: string }> } };

export type OrgPermUpdateMembershipMutationVariables = Exact<{
  input: UpdateAgentGroupMembershipInput;
}>;


export type OrgPermUpdateMembershipMutation = { updateAgentGroupMembership: { userErrors: Array<{ code: string }> } };

export type OrgPermRemoveAgentMutationVariables = Exact<{
  input: RemoveAgentFromGroupInput;
}>;


export type OrgPermRemoveAgentMutation = { removeAgentFromGroup: { userErrors: Array<{ code: string }> } };

export type OrgScopeCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type OrgScopeCreateDepartmentMutation = { createDepartment: { department: { id: string, frontLineGroup: { id: string } } | null, userErrors: Array<{ code: string }> } };

export type OrgScopeUpdateDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type OrgScopeUpdateDepartmentMutation = { updateDepartment: { userErrors: Array<{ code: string }> } };

export type OrgScopeAddAgentMutationVariables = Exact<{
  input: AddAgentToGroupInput;
}>;


export type OrgScopeAddAgentMutation = { addAgentToGroup: { membership: { id: string } | null, userErrors: Array<{ code: string }> } };

export type OrgScopeListsQueryVariables = Exact<{
  departmentId?: string | number | null | undefined;
}>;


export type OrgScopeListsQuery = { departments: { totalCount: number, nodes: Array<{ id: string }> }, groups: { totalCount: number, nodes: Array<{ id: string, department: { id: string } }> }, brands: { nodes: Array<{ departments: Array<{ id: string }> }> } };

export type OrgScopeDepartmentQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgScopeDepartmentQuery = { department: { id: string } };

export type OrgScopeGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgScopeGroupQuery = { group: { id: string, memberships: Array<{ employee: { id: string, groupMemberships: Array<{ group: { id: string } }> } }> } };

export type OrgScopeNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgScopeNodeQuery = { node:
    | { __typename: 'AgentGroupMembership', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Autoresponder', id: string }
    | { __typename: 'Brand', id: string }
    | { __typename: 'CannedReply', id: string }
    | { __typename: 'CannedReplyFolder', id: string }
    | { __typename: 'ChatMessage', id: string }
    | { __typename: 'ChatParticipant', id: string }
    | { __typename: 'CustomField', id: string }
    | { __typename: 'CustomFieldTemplate', id: string }
    | { __typename: 'CustomFieldTemplateField', id: string }
    | { __typename: 'Department', id: string }
    | { __typename: 'Employee', id: string }
    | { __typename: 'EventRule', id: string }
    | { __typename: 'EventRuleEvaluation', id: string }
    | { __typename: 'ExternalProvider', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'Holiday', id: string }
    | { __typename: 'IncomingMail', id: string }
    | { __typename: 'Installation', id: string }
    | { __typename: 'Job', id: string }
    | { __typename: 'LiveChat', id: string }
    | { __typename: 'MailAccount', id: string }
    | { __typename: 'Organization', id: string }
    | { __typename: 'OrganizationMember', id: string }
    | { __typename: 'OutgoingMail', id: string }
    | { __typename: 'ProviderDelivery', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Session', id: string }
    | { __typename: 'SmtpAccount', id: string }
    | { __typename: 'Ticket', id: string }
    | { __typename: 'TicketAttachment', id: string }
    | { __typename: 'TicketComment', id: string }
    | { __typename: 'TicketHistory', id: string }
    | { __typename: 'TicketMessage', id: string }
    | { __typename: 'TicketTimeLog', id: string }
    | { __typename: 'TimeLogCategory', id: string }
    | { __typename: 'User', id: string }
   | null };

export type OrgScopeBrandsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgScopeBrandsQuery = { brands: { totalCount: number } };

export type PresAgentPresenceChangedSubscriptionVariables = Exact<{
  employeeId?: string | number | null | undefined;
}>;


export type PresAgentPresenceChangedSubscription = { agentPresenceChanged: { reason: string, status: { employeeId: string, online: boolean, availability: Availability } } };

export type PresDashboardCountsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PresDashboardCountsSubscription = { dashboardCounts: { byAgent: Array<{ status: { displayName: string, online: boolean } }> } };

export type PresActiveGroupsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PresActiveGroupsChangedSubscription = { activeGroupsChanged: { status: { employeeId: string }, groups: Array<{ ticketsActive: boolean }> } };

export type PresConnSetMyActiveGroupsMutationVariables = Exact<{
  input: SetMyActiveGroupsInput;
}>;


export type PresConnSetMyActiveGroupsMutation = { setMyActiveGroups: { userErrors: Array<{ code: string }> } };

export type PresMyActiveGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type PresMyActiveGroupsQuery = { myActiveGroups: { status: { employeeId: string, availability: Availability, active: boolean }, groups: Array<{ groupId: string, ticketsActive: boolean, chatsActive: boolean | null, callsActive: boolean | null }> } };

export type PresAgentActiveGroupsQueryVariables = Exact<{
  employeeId: string | number;
}>;


export type PresAgentActiveGroupsQuery = { agentActiveGroups: { groups: Array<{ groupId: string, ticketsActive: boolean, chatsActive: boolean | null }> } };

export type PresSetMyActiveGroupsMutationVariables = Exact<{
  input: SetMyActiveGroupsInput;
}>;


export type PresSetMyActiveGroupsMutation = { setMyActiveGroups: { activeGroups: { groups: Array<{ groupId: string, ticketsActive: boolean, chatsActive: boolean | null }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type PresSetAgentActiveGroupsMutationVariables = Exact<{
  input: SetAgentActiveGroupsInput;
}>;


export type PresSetAgentActiveGroupsMutation = { setAgentActiveGroups: { activeGroups: { groups: Array<{ groupId: string, ticketsActive: boolean }> } | null, userErrors: Array<{ code: string }> } };

export type PresSetMyAvailabilityMutationVariables = Exact<{
  input: SetMyAvailabilityInput;
}>;


export type PresSetMyAvailabilityMutation = { setMyAvailability: { status: { availability: Availability } | null, userErrors: Array<{ code: string }> } };

export type PresDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type PresDashboardQuery = { activeAgentsDashboard: { byAgent: Array<{ status: { displayName: string, active: boolean }, ticketGroups: { active: number, total: number } }>, byGroup: Array<{ name: string, ticketAgents: { active: number, total: number } }>, byDepartment: Array<{ name: string }> } };

export type ProvChatConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvChatConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string, message: string }> } };

export type ProvChatCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type ProvChatCreateDepartmentMutation = { createDepartment: { department: { id: string } | null } };

export type ProvChatCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type ProvChatCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type ProvChatDeliveriesQueryVariables = Exact<{
  kind?: ProviderKind | null | undefined;
}>;


export type ProvChatDeliveriesQuery = { providerDeliveries: { nodes: Array<{ method: string, outcome: string, note: string | null, request: string | null }> } };

export type ProvLoginCfConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvLoginCfConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string }> } };

export type ProvLoginCfCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type ProvLoginCfCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type ProvLoginCfLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ProvLoginCfLoginMutation = { login: { session: { account:
        | { id: string, email: string | null, displayName: string }
        | { id: string, email: string | null, displayName: string }
       } | null, userErrors: Array<{ code: string }> } };

export type ProvLoginCfValuesQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvLoginCfValuesQuery = { user: { customFields: Array<{ name: string, value: string }> } };

export type ProvLdapConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvLdapConfigureMutation = { updateExternalProvider: { externalProvider: { transport: ProviderTransport, ldap: { bindKind: LdapBindKind, baseDN: string | null, serviceAccountDn: string | null, hasServiceAccountPassword: boolean } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type ProvLdapLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ProvLdapLoginMutation = { login: { session: { account:
        | { id: string, username: string, email: string | null, emailVerified: boolean, displayName: string, authenticationMethod: AuthenticationMethod }
        | { id: string, username: string, email: string | null, emailVerified: boolean, displayName: string, authenticationMethod: AuthenticationMethod }
       } | null, userErrors: Array<{ code: string }> } };

export type ProvLdapDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvLdapDeliveriesQuery = { providerDeliveries: { nodes: Array<{ method: string, outcome: string, target: string, request: string | null }> } };

export type ProvLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ProvLoginMutation = { login: { session: { accessToken: string, account:
        | { username: string, email: string | null, emailVerified: boolean, authenticationMethod: AuthenticationMethod, roles: Array<{ name: string }> }
        | { username: string, email: string | null, emailVerified: boolean, authenticationMethod: AuthenticationMethod, roles: Array<{ name: string }> }
       } | null, userErrors: Array<{ code: string }> } };

export type ProvSsoMutationVariables = Exact<{
  input: LoginWithSignInCookieInput;
}>;


export type ProvSsoMutation = { loginWithSignInCookie: { session: { account:
        | { username: string, email: string | null }
        | { username: string, email: string | null }
       } | null, userErrors: Array<{ code: string }> } };

export type ProvLoginConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvLoginConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type ProvDeliveriesQueryVariables = Exact<{
  kind?: ProviderKind | null | undefined;
  outcome?: string | null | undefined;
}>;


export type ProvDeliveriesQuery = { providerDeliveries: { totalCount: number, nodes: Array<{ method: string, outcome: string, request: string | null, response: string | null, status: number | null, error: string | null }> } };

export type ProvUserDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvUserDetailsQuery = { user: { externalDetailsHtml: string | null } };

export type ProvFaultConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvFaultConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string, message: string }> } };

export type ProvFaultCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type ProvFaultCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type ProvFaultSubmitTicketMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type ProvFaultSubmitTicketMutation = { submitTicket: { ticket: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type ProvFaultTicketViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvFaultTicketViewQuery = { ticket: { subject: string, department: { name: string }, customFields: Array<{ name: string, value: string }>, history: { nodes: Array<{ note: string | null }> } } };

export type ProvFaultStartChatMutationVariables = Exact<{
  input: StartChatInput;
}>;


export type ProvFaultStartChatMutation = { startChat: { chat: { id: string, department: { name: string } } | null, userErrors: Array<{ code: string, message: string }> } };

export type ProvFaultLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ProvFaultLoginMutation = { login: { session: { account:
        | { username: string, email: string | null, displayName: string }
        | { username: string, email: string | null, displayName: string }
       } | null, userErrors: Array<{ code: string }> } };

export type ProvFaultDeliveriesQueryVariables = Exact<{
  kind?: ProviderKind | null | undefined;
  outcome?: string | null | undefined;
}>;


export type ProvFaultDeliveriesQuery = { providerDeliveries: { totalCount: number, nodes: Array<{ method: string, outcome: string, error: string | null, note: string | null, durationMs: number, status: number | null }> } };

export type ProvProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvProvidersQuery = { externalProviders: Array<{ id: string, kind: ProviderKind, enabled: boolean, transport: ProviderTransport, webServiceUrl: string | null, hasPassword: boolean, hasSigningSecret: boolean, effectiveFailurePolicy: FailurePolicy, effectiveTimeoutMs: number }> };

export type ProvProviderQueryVariables = Exact<{
  kind: ProviderKind;
}>;


export type ProvProviderQuery = { externalProvider: { kind: ProviderKind, enabled: boolean, webServiceUrl: string | null, hasPassword: boolean, forgotPasswordUrl: string | null, customLoginUrl: string | null, markEmailVerified: boolean, enableSignInCookies: boolean, failurePolicy: FailurePolicy | null, defaultUserRole: { name: string } | null, ldap: { url: string, hasServiceAccountPassword: boolean } | null } };

export type ProvUpdateMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvUpdateMutation = { updateExternalProvider: { externalProvider: { kind: ProviderKind, enabled: boolean, hasPassword: boolean, hasSigningSecret: boolean, webServiceUrl: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type ProvCallConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvCallConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string, message: string }> } };

export type ProvCallCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type ProvCallCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type ProvCallCreateTemplateMutationVariables = Exact<{
  input: CreateCustomFieldTemplateInput;
}>;


export type ProvCallCreateTemplateMutation = { createCustomFieldTemplate: { template: { id: string } | null } };

export type ProvCallAddFieldMutationVariables = Exact<{
  input: AddTemplateFieldInput;
}>;


export type ProvCallAddFieldMutation = { addTemplateField: { userErrors: Array<{ code: string }> } };

export type ProvCallSetTemplatesMutationVariables = Exact<{
  input: SetDepartmentCustomFieldTemplatesInput;
}>;


export type ProvCallSetTemplatesMutation = { setDepartmentCustomFieldTemplates: { userErrors: Array<{ code: string }> } };

export type ProvCallCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type ProvCallCreateDepartmentMutation = { createDepartment: { department: { id: string } | null } };

export type ProvCallSubmitTicketMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type ProvCallSubmitTicketMutation = { submitTicket: { ticket: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type ProvCallAgentViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvCallAgentViewQuery = { ticket: { id: string, ticketNumber: string, department: { name: string }, customFields: Array<{ name: string, value: string }>, history: { nodes: Array<{ field: string, note: string | null }> } } };

export type ProvCallDeliveriesQueryVariables = Exact<{
  kind?: ProviderKind | null | undefined;
}>;


export type ProvCallDeliveriesQuery = { providerDeliveries: { nodes: Array<{ method: string, outcome: string, error: string | null, note: string | null, request: string | null }> } };

export type ProvCallFormQueryVariables = Exact<{
  departmentId: string | number;
  step?: CustomFieldFormStep | null | undefined;
}>;


export type ProvCallFormQuery = { ticketSubmissionForm: { canStartTickets: boolean, notAllowedMessage: string | null, fields: Array<{ name: string, required: boolean, listOptions: Array<string> }> } };

export type ProvCallTicketViewQueryVariables = Exact<{
  id: string | number;
}>;


export type ProvCallTicketViewQuery = { ticket: { requesterDetailsHtml: string | null } };

export type ProvAllowConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type ProvAllowConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string }> } };

export type ProvAllowCreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type ProvAllowCreateDepartmentMutation = { createDepartment: { department: { id: string } | null } };

export type ProvAllowSubmitTicketMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type ProvAllowSubmitTicketMutation = { submitTicket: { ticket: { id: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type ProvAllowDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvAllowDeliveriesQuery = { providerDeliveries: { nodes: Array<{ method: string, outcome: string, request: string | null }> } };

export type ProvSyncUsersMutationVariables = Exact<{
  input: SyncUsersInput;
}>;


export type ProvSyncUsersMutation = { syncUsers: { results: Array<{ outcome: SyncOutcome, email: string, user: { username: string, displayName: string, forcePasswordChange: boolean, disabled: boolean, externalId: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> }>, userErrors: Array<{ code: string }> } };

export type ProvSyncTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type ProvSyncTokenMutation = { createApiToken: { secret: string | null, userErrors: Array<{ code: string, message: string }> } };

export type RegRegisterUserMutationVariables = Exact<{
  input: RegisterUserInput;
}>;


export type RegRegisterUserMutation = { registerUser: { session: { accessToken: string, account:
        | { id: string, username: string, email: string | null, displayName: string, authenticationMethod: AuthenticationMethod, roles: Array<{ name: string }> }
        | { id: string, username: string, email: string | null, displayName: string, authenticationMethod: AuthenticationMethod, roles: Array<{ name: string }> }
       } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RegLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type RegLoginMutation = { login: { session: { accessToken: string } | null, userErrors: Array<{ code: string }> } };

export type RegConfigureMutationVariables = Exact<{
  input: UpdateExternalProviderInput;
}>;


export type RegConfigureMutation = { updateExternalProvider: { userErrors: Array<{ code: string }> } };

export type RegCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type RegCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type RegUserValuesQueryVariables = Exact<{
  id: string | number;
}>;


export type RegUserValuesQuery = { user: { customFields: Array<{ name: string, value: string }> } };

export type RegDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RegDeliveriesQuery = { providerDeliveries: { totalCount: number, nodes: Array<{ method: string, outcome: string, request: string | null }> } };

export type RolePermCreateMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type RolePermCreateMutation = { createRole: { role: { id: string } | null, userErrors: Array<{ code: string }> } };

export type RolePermSetRolesMutationVariables = Exact<{
  input: SetAccountRolesInput;
}>;


export type RolePermSetRolesMutation = { setAccountRoles: { userErrors: Array<{ code: string }> } };

export type RolePermMineQueryVariables = Exact<{ [key: string]: never; }>;


export type RolePermMineQuery = { myPermissions: Array<string> };

export type RolePermEffectiveQueryVariables = Exact<{
  accountId: string | number;
}>;


export type RolePermEffectiveQuery = { effectivePermissions: Array<string> };

export type RolePermNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RolePermNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type RoleListQueryVariables = Exact<{
  type?: RoleType | null | undefined;
}>;


export type RoleListQuery = { roles: { totalCount: number, nodes: Array<{ id: string, name: string, type: RoleType, predefined: PredefinedRole | null, isCustom: boolean, usersCount: number, permissions: Array<string>, grants: Array<{ feature: FeatureKey, level: PermissionLevel, customActions: Array<string> }> }> } };

export type RoleGetQueryVariables = Exact<{
  id: string | number;
}>;


export type RoleGetQuery = { role: { id: string, name: string, usersCount: number } };

export type RoleCatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleCatalogQuery = { permissionCatalog: { levels: Array<PermissionLevel>, privileges: Array<string>, features: Array<{ key: FeatureKey, label: string, employeeOnly: boolean, customActions: Array<string>, customFlags: Array<string>, dependencies: Array<{ action: string, requires: string }>, levels: Array<{ level: PermissionLevel, actions: Array<string>, permissionKeys: Array<string> }> }> } };

export type RoleCreateMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type RoleCreateMutation = { createRole: { role: { id: string, name: string, type: RoleType, isCustom: boolean, permissions: Array<string>, grants: Array<{ feature: FeatureKey, level: PermissionLevel, customActions: Array<string> }> } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type RoleUpdateMutationVariables = Exact<{
  input: UpdateRoleInput;
}>;


export type RoleUpdateMutation = { updateRole: { role: { id: string, name: string, description: string | null, permissions: Array<string> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type RoleDeleteMutationVariables = Exact<{
  input: DeleteRolesInput;
}>;


export type RoleDeleteMutation = { deleteRoles: { deletedRoleIds: Array<string> | null, userErrors: Array<{ code: string }> } };

export type RoleHolderQueryVariables = Exact<{
  id: string | number;
}>;


export type RoleHolderQuery = { node:
    | { roles: Array<{ name: string }> }
    | Record<PropertyKey, never>
   | null };

export type SystemSecuritySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemSecuritySettingsQuery = { securitySettings: { bruteForceProtectionEnabled: boolean, maxFailedLoginAttempts: number, lockoutMinutes: number, minimumPasswordLength: number, requireNumbers: boolean, requireUppercase: boolean, requireLowercase: boolean, requireSymbol: boolean, requirePasswordNotUsername: boolean, disablePasswordStrengthForExistingPasswords: boolean } };

export type SystemUpdateSecuritySettingsMutationVariables = Exact<{
  input: UpdateSecuritySettingsInput;
}>;


export type SystemUpdateSecuritySettingsMutation = { updateSecuritySettings: { securitySettings: { maxFailedLoginAttempts: number, lockoutMinutes: number, minimumPasswordLength: number, requireSymbol: boolean, bruteForceProtectionEnabled: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { installationStatus: { setupRequired: boolean, companyName: string | null } };

export type SetupInstallMutationVariables = Exact<{
  input: SetupInstallationInput;
}>;


export type SetupInstallMutation = { setupInstallation: { installation: { companyName: string, timeZone: string } | null, administrator: { id: string, username: string, displayName: string, email: string | null } | null, brand: { id: string, name: string, isDefault: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type SetupMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupMeQuery = { myPermissions: Array<string>, me:
    | { displayName: string, id: string, username: string, kind: AccountKind }
    | { id: string, username: string, kind: AccountKind }
   };

export type TktAdvSearchQueryVariables = Exact<{
  text?: string | null | undefined;
  criteria?: TicketSearchCriteria | null | undefined;
  sortBy?: TicketSortField | null | undefined;
  descending?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TktAdvSearchQuery = { searchTickets: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } };

export type TktAdvCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type TktAdvCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type TktAdvCreateTemplateMutationVariables = Exact<{
  input: CreateCustomFieldTemplateInput;
}>;


export type TktAdvCreateTemplateMutation = { createCustomFieldTemplate: { template: { id: string } | null } };

export type TktAdvAddFieldMutationVariables = Exact<{
  input: AddTemplateFieldInput;
}>;


export type TktAdvAddFieldMutation = { addTemplateField: { userErrors: Array<{ code: string }> } };

export type TktAdvSetTemplatesMutationVariables = Exact<{
  input: SetDepartmentCustomFieldTemplatesInput;
}>;


export type TktAdvSetTemplatesMutation = { setDepartmentCustomFieldTemplates: { userErrors: Array<{ code: string }> } };

export type TktAdvCreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type TktAdvCreateGroupMutation = { createGroup: { group: { id: string } | null } };

export type TktAdvCommentMutationVariables = Exact<{
  input: AddTicketCommentInput;
}>;


export type TktAdvCommentMutation = { addTicketComment: { userErrors: Array<{ code: string }> } };

export type TktAdvStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type TktAdvStatusMutation = { changeTicketStatus: { userErrors: Array<{ code: string }> } };

export type TktAdvDeleteMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type TktAdvDeleteMutation = { deleteTickets: { userErrors: Array<{ code: string }> } };

export type TktAttSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type TktAttSettingsQuery = { ticketSettings: { maxAttachmentBytes: number } };

export type TktAttUpdateSettingsMutationVariables = Exact<{
  input: UpdateTicketSettingsInput;
}>;


export type TktAttUpdateSettingsMutation = { updateTicketSettings: { settings: { maxAttachmentBytes: number } | null, userErrors: Array<{ code: string }> } };

export type TktAttAddMutationVariables = Exact<{
  input: AddTicketAttachmentInput;
}>;


export type TktAttAddMutation = { addTicketAttachment: { attachment: { id: string, fileName: string, contentType: string, size: number, internal: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktAttReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type TktAttReplyMutation = { replyToTicket: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktAttFilesQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TktAttFilesQuery = { ticket: { attachments: Array<{ fileName: string, contentType: string, size: number, internal: boolean, contentBase64: string }> } };

export type TktAttMergeMutationVariables = Exact<{
  input: MergeTicketsInput;
}>;


export type TktAttMergeMutation = { mergeTickets: { userErrors: Array<{ code: string }> } };

export type TktBulkUpdateMutationVariables = Exact<{
  input: BulkUpdateTicketsInput;
}>;


export type TktBulkUpdateMutation = { bulkUpdateTickets: { results: Array<{ ticketId: string, ticket: { status: TicketStatus, priority: TicketPriority } | null, userErrors: Array<{ code: string }> }> | null, userErrors: Array<{ code: string }> } };

export type TktBulkDeleteMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type TktBulkDeleteMutation = { deleteTickets: { userErrors: Array<{ code: string }> } };

export type TktBulkPurgeMutationVariables = Exact<{
  input: PurgeDeletedTicketsInput;
}>;


export type TktBulkPurgeMutation = { purgeDeletedTickets: { purgedCount: number | null, userErrors: Array<{ code: string }> } };

export type TktCfCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type TktCfCreateFieldMutation = { createCustomField: { customField: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TktCfCreateTemplateMutationVariables = Exact<{
  input: CreateCustomFieldTemplateInput;
}>;


export type TktCfCreateTemplateMutation = { createCustomFieldTemplate: { template: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TktCfAddFieldMutationVariables = Exact<{
  input: AddTemplateFieldInput;
}>;


export type TktCfAddFieldMutation = { addTemplateField: { userErrors: Array<{ code: string, message: string }> } };

export type TktCfSetTemplatesMutationVariables = Exact<{
  input: SetDepartmentCustomFieldTemplatesInput;
}>;


export type TktCfSetTemplatesMutation = { setDepartmentCustomFieldTemplates: { userErrors: Array<{ code: string }> } };

export type TktCfCreateTicketMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type TktCfCreateTicketMutation = { createTicket: { ticket: { id: string, customFields: Array<{ name: string, value: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktCfSubmitMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type TktCfSubmitMutation = { submitTicket: { ticket: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktCfUpdateMutationVariables = Exact<{
  input: UpdateTicketHeaderInput;
}>;


export type TktCfUpdateMutation = { updateTicketHeader: { ticket: { customFields: Array<{ name: string, value: string }> } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktCfStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type TktCfStatusMutation = { changeTicketStatus: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktCfValuesQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TktCfValuesQuery = { ticket: { customFields: Array<{ name: string, value: string }> } };

export type TktCfMergeMutationVariables = Exact<{
  input: MergeTicketsInput;
}>;


export type TktCfMergeMutation = { mergeTickets: { userErrors: Array<{ code: string }> } };

export type TktEditCommentMutationVariables = Exact<{
  input: AddTicketCommentInput;
}>;


export type TktEditCommentMutation = { addTicketComment: { comment: { type: TicketCommentType, text: string } | null, userErrors: Array<{ code: string }> } };

export type TktEditViewQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TktEditViewQuery = { ticket: { status: TicketStatus, priority: TicketPriority, pinned: boolean, subject: string, requesterEmail: string, followUpAt: string | null, comments: Array<{ type: TicketCommentType, text: string }>, history: { nodes: Array<{ field: string, oldValue: string | null, newValue: string | null }> } } };

export type TktEditStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type TktEditStatusMutation = { changeTicketStatus: { ticket: { status: TicketStatus, closedAt: string | null } | null, userErrors: Array<{ code: string }> } };

export type TktEditPriorityMutationVariables = Exact<{
  input: ChangeTicketPriorityInput;
}>;


export type TktEditPriorityMutation = { changeTicketPriority: { ticket: { priority: TicketPriority } | null, userErrors: Array<{ code: string }> } };

export type TktEditPinMutationVariables = Exact<{
  input: SetTicketPinnedInput;
}>;


export type TktEditPinMutation = { setTicketPinned: { ticket: { pinned: boolean } | null, userErrors: Array<{ code: string }> } };

export type TktEditHeaderMutationVariables = Exact<{
  input: UpdateTicketHeaderInput;
}>;


export type TktEditHeaderMutation = { updateTicketHeader: { ticket: { subject: string, requesterEmail: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktEditReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type TktEditReplyMutation = { replyToTicket: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktEditComposingMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type TktEditComposingMutation = { markComposing: { userErrors: Array<{ code: string }> } };

export type TktEditFollowUpMutationVariables = Exact<{
  input: SetFollowUpInput;
}>;


export type TktEditFollowUpMutation = { setFollowUp: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktEditRemoveFollowUpMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type TktEditRemoveFollowUpMutation = { removeFollowUp: { ticket: { status: TicketStatus, followUpAt: string | null } | null, userErrors: Array<{ code: string }> } };

export type TktEvReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type TktEvReplyMutation = { replyToTicket: { message: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TktEvMyReplyMutationVariables = Exact<{
  input: ReplyToMyTicketInput;
}>;


export type TktEvMyReplyMutation = { replyToMyTicket: { message: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TktEvCommentMutationVariables = Exact<{
  input: AddTicketCommentInput;
}>;


export type TktEvCommentMutation = { addTicketComment: { comment: { id: string } | null, userErrors: Array<{ code: string }> } };

export type TktEvStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type TktEvStatusMutation = { changeTicketStatus: { userErrors: Array<{ code: string }> } };

export type TktEvPriorityMutationVariables = Exact<{
  input: ChangeTicketPriorityInput;
}>;


export type TktEvPriorityMutation = { changeTicketPriority: { userErrors: Array<{ code: string }> } };

export type TktEvTransferMutationVariables = Exact<{
  input: TransferTicketInput;
}>;


export type TktEvTransferMutation = { transferTicket: { userErrors: Array<{ code: string }> } };

export type TktEvTakeMutationVariables = Exact<{
  input: TakeTicketInput;
}>;


export type TktEvTakeMutation = { takeTicket: { userErrors: Array<{ code: string }> } };

export type TktEvReleaseMutationVariables = Exact<{
  input: ReleaseTicketToQueueInput;
}>;


export type TktEvReleaseMutation = { releaseTicketToQueue: { userErrors: Array<{ code: string }> } };

export type TktEvMergeMutationVariables = Exact<{
  input: MergeTicketsInput;
}>;


export type TktEvMergeMutation = { mergeTickets: { userErrors: Array<{ code: string }> } };

export type TktEvFollowUpMutationVariables = Exact<{
  input: SetFollowUpInput;
}>;


export type TktEvFollowUpMutation = { setFollowUp: { userErrors: Array<{ code: string }> } };

export type TktEvDeleteMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type TktEvDeleteMutation = { deleteTickets: { userErrors: Array<{ code: string }> } };

export type TktEvRestoreMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type TktEvRestoreMutation = { restoreTickets: { userErrors: Array<{ code: string }> } };

export type TktTimerFollowUpMutationVariables = Exact<{
  input: SetFollowUpInput;
}>;


export type TktTimerFollowUpMutation = { setFollowUp: { ticket: { id: string, status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktTimerStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type TktTimerStatusQuery = { ticket: { status: TicketStatus, followUpAt: string | null, assignedAgent: { id: string } | null } };

export type TktCreateMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type TktCreateMutation = { createTicket: { ticket: { id: string, ticketNumber: string, status: TicketStatus, countsTowardLimit: boolean, assignedAgent: { id: string } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktGetQueryVariables = Exact<{
  id?: string | number | null | undefined;
  number?: string | null | undefined;
}>;


export type TktGetQuery = { ticket: { id: string, ticketNumber: string, status: TicketStatus, subject: string, pinned: boolean, followUpAt: string | null, group: { id: string } | null, assignedAgent: { id: string } | null, messages: Array<{ direction: TicketMessageDirection, textBody: string | null }>, comments: Array<{ type: TicketCommentType, text: string }>, history: { totalCount: number, nodes: Array<{ field: string, oldValue: string | null, newValue: string | null, note: string | null }> } } };

export type TktReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type TktReplyMutation = { replyToTicket: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktMyReplyMutationVariables = Exact<{
  input: ReplyToMyTicketInput;
}>;


export type TktMyReplyMutation = { replyToMyTicket: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type TktStatusMutation = { changeTicketStatus: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktTransferMutationVariables = Exact<{
  input: TransferTicketInput;
}>;


export type TktTransferMutation = { transferTicket: { ticket: { group: { id: string } | null, assignedAgent: { id: string } | null } | null, userErrors: Array<{ code: string }> } };

export type TktMergeMutationVariables = Exact<{
  input: MergeTicketsInput;
}>;


export type TktMergeMutation = { mergeTickets: { ticket: { id: string, messages: Array<{ textBody: string | null }> } | null, userErrors: Array<{ code: string }> } };

export type TktFollowUpMutationVariables = Exact<{
  input: SetFollowUpInput;
}>;


export type TktFollowUpMutation = { setFollowUp: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktDeleteMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type TktDeleteMutation = { deleteTickets: { tickets: Array<{ status: TicketStatus }> | null, userErrors: Array<{ code: string }> } };

export type TktRestoreMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type TktRestoreMutation = { restoreTickets: { tickets: Array<{ status: TicketStatus }> | null, userErrors: Array<{ code: string }> } };

export type TktPermCreateMutationVariables = Exact<{
  input: CreateTicketInput;
}>;


export type TktPermCreateMutation = { createTicket: { userErrors: Array<{ code: string }> } };

export type TktPermReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type TktPermReplyMutation = { replyToTicket: { userErrors: Array<{ code: string }> } };

export type TktPermCommentMutationVariables = Exact<{
  input: AddTicketCommentInput;
}>;


export type TktPermCommentMutation = { addTicketComment: { userErrors: Array<{ code: string }> } };

export type TktPermStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type TktPermStatusMutation = { changeTicketStatus: { userErrors: Array<{ code: string }> } };

export type TktPermPriorityMutationVariables = Exact<{
  input: ChangeTicketPriorityInput;
}>;


export type TktPermPriorityMutation = { changeTicketPriority: { userErrors: Array<{ code: string }> } };

export type TktPermPinMutationVariables = Exact<{
  input: SetTicketPinnedInput;
}>;


export type TktPermPinMutation = { setTicketPinned: { userErrors: Array<{ code: string }> } };

export type TktPermHeaderMutationVariables = Exact<{
  input: UpdateTicketHeaderInput;
}>;


export type TktPermHeaderMutation = { updateTicketHeader: { userErrors: Array<{ code: string }> } };

export type TktPermMergeMutationVariables = Exact<{
  input: MergeTicketsInput;
}>;


export type TktPermMergeMutation = { mergeTickets: { userErrors: Array<{ code: string }> } };

export type TktPermFollowUpMutationVariables = Exact<{
  input: SetFollowUpInput;
}>;


export type TktPermFollowUpMutation = { setFollowUp: { userErrors: Array<{ code: string }> } };

export type TktPermListQueryVariables = Exact<{ [key: string]: never; }>;


export type TktPermListQuery = { tickets: { totalCount: number } };

export type TktPermAttachMutationVariables = Exact<{
  input: AddTicketAttachmentInput;
}>;


export type TktPermAttachMutation = { addTicketAttachment: { userErrors: Array<{ code: string }> } };

export type TktPermTimeLogMutationVariables = Exact<{
  input: AddTicketTimeLogInput;
}>;


export type TktPermTimeLogMutation = { addTicketTimeLog: { userErrors: Array<{ code: string }> } };

export type TktPermLinkMutationVariables = Exact<{
  input: LinkTicketsInput;
}>;


export type TktPermLinkMutation = { linkTickets: { userErrors: Array<{ code: string }> } };

export type TktPermComposingMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type TktPermComposingMutation = { markComposing: { userErrors: Array<{ code: string }> } };

export type TktPermBulkMutationVariables = Exact<{
  input: BulkUpdateTicketsInput;
}>;


export type TktPermBulkMutation = { bulkUpdateTickets: { userErrors: Array<{ code: string }> } };

export type TktPortalSubmitMutationVariables = Exact<{
  input: SubmitTicketInput;
}>;


export type TktPortalSubmitMutation = { submitTicket: { ticket: { id: string, source: TicketSource, requesterEmail: string, requester: { email: string | null } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktPortalQueueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TktPortalQueueQuery = { ticketQueue: { nodes: Array<{ id: string }> } };

export type TktPortalGetQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TktPortalGetQuery = { ticket: { id: string } };

export type TktPortalListQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TktPortalListQuery = { tickets: { totalCount: number, nodes: Array<{ id: string, requester: { id: string } | null, assignedAgent: { id: string } | null, department: { id: string }, group: { id: string } | null, lastMessage: { textBody: string | null } | null, customFields: Array<{ name: string, value: string }>, timeLogs: Array<{ minutes: number, category: { name: string } | null }>, attachments: Array<{ fileName: string }>, relatedItems: Array<{ ticket: { id: string } | null }> }> } };

export type TktPortalCreateFieldMutationVariables = Exact<{
  input: CreateCustomFieldInput;
}>;


export type TktPortalCreateFieldMutation = { createCustomField: { customField: { id: string } | null } };

export type TktPortalCreateTemplateMutationVariables = Exact<{
  input: CreateCustomFieldTemplateInput;
}>;


export type TktPortalCreateTemplateMutation = { createCustomFieldTemplate: { template: { id: string } | null } };

export type TktPortalAddFieldMutationVariables = Exact<{
  input: AddTemplateFieldInput;
}>;


export type TktPortalAddFieldMutation = { addTemplateField: { userErrors: Array<{ code: string }> } };

export type TktPortalSetTemplatesMutationVariables = Exact<{
  input: SetDepartmentCustomFieldTemplatesInput;
}>;


export type TktPortalSetTemplatesMutation = { setDepartmentCustomFieldTemplates: { userErrors: Array<{ code: string }> } };

export type TktPortalAddLogMutationVariables = Exact<{
  input: AddTicketTimeLogInput;
}>;


export type TktPortalAddLogMutation = { addTicketTimeLog: { userErrors: Array<{ code: string }> } };

export type TktPortalAttachMutationVariables = Exact<{
  input: AddTicketAttachmentInput;
}>;


export type TktPortalAttachMutation = { addTicketAttachment: { userErrors: Array<{ code: string }> } };

export type TktPortalLinkMutationVariables = Exact<{
  input: LinkTicketsInput;
}>;


export type TktPortalLinkMutation = { linkTickets: { userErrors: Array<{ code: string }> } };

export type TktPortalMineQueryVariables = Exact<{ [key: string]: never; }>;


export type TktPortalMineQuery = { myPortalTickets: { nodes: Array<{ id: string }> } };

export type TktPortalDeleteMutationVariables = Exact<{
  input: TicketIdsInput;
}>;


export type TktPortalDeleteMutation = { deleteTickets: { userErrors: Array<{ code: string }> } };

export type TktSearchQueryVariables = Exact<{
  text: string;
  filter?: TicketFilter | null | undefined;
}>;


export type TktSearchQuery = { searchTickets: { totalCount: number, nodes: Array<{ id: string, subject: string }> } };

export type TktSearchPageQueryVariables = Exact<{
  first?: number | null | undefined;
  criteria?: TicketSearchCriteria | null | undefined;
}>;


export type TktSearchPageQuery = { searchTickets: { totalCount: number, nodes: Array<{ id: string, requester: { id: string } | null, assignedAgent: { id: string } | null, department: { id: string }, group: { id: string } | null, lastMessage: { textBody: string | null } | null, customFields: Array<{ name: string, value: string }> }> } };

export type TktSubTicketChangedSubscriptionVariables = Exact<{
  ticketId: string | number;
}>;


export type TktSubTicketChangedSubscription = { ticketChanged: { kind: TicketChangeKind, ticketId: string, changedFields: Array<string>, messageId: string | null, commentId: string | null, ticket: { id: string, status: TicketStatus, assignedAgent: { id: string } | null } | null } };

export type TktSubMineSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type TktSubMineSubscription = { myTicketsChanged: { kind: TicketChangeKind, ticketId: string, inList: boolean | null, ticket: { id: string } | null } };

export type TktSubQueueSubscriptionVariables = Exact<{
  departmentId: string | number;
  groupId?: string | number | null | undefined;
}>;


export type TktSubQueueSubscription = { departmentQueueChanged: { kind: TicketChangeKind, ticketId: string, inList: boolean | null, ticket: { id: string, subject: string } | null } };

export type TktSubCommentMutationVariables = Exact<{
  input: AddTicketCommentInput;
}>;


export type TktSubCommentMutation = { addTicketComment: { userErrors: Array<{ code: string }> } };

export type TktSubReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type TktSubReplyMutation = { replyToTicket: { userErrors: Array<{ code: string }> } };

export type TktSubTransferMutationVariables = Exact<{
  input: TransferTicketInput;
}>;


export type TktSubTransferMutation = { transferTicket: { userErrors: Array<{ code: string }> } };

export type TktSubTakeMutationVariables = Exact<{
  input: TakeTicketInput;
}>;


export type TktSubTakeMutation = { takeTicket: { userErrors: Array<{ code: string }> } };

export type TktLogCreateCategoryMutationVariables = Exact<{
  input: CreateTimeLogCategoryInput;
}>;


export type TktLogCreateCategoryMutation = { createTimeLogCategory: { category: { id: string, name: string } | null, userErrors: Array<{ code: string }> } };

export type TktLogRenameCategoryMutationVariables = Exact<{
  input: UpdateTimeLogCategoryInput;
}>;


export type TktLogRenameCategoryMutation = { updateTimeLogCategory: { category: { name: string } | null, userErrors: Array<{ code: string }> } };

export type TktLogDeleteCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type TktLogDeleteCategoryMutation = { deleteTimeLogCategory: { deletedCategoryId: string | null, userErrors: Array<{ code: string }> } };

export type TktLogAddMutationVariables = Exact<{
  input: AddTicketTimeLogInput;
}>;


export type TktLogAddMutation = { addTicketTimeLog: { timeLog: { id: string, minutes: number, billable: boolean, cost: number, notes: string | null, category: { name: string } | null, agent: { id: string } | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type TktLogUpdateMutationVariables = Exact<{
  input: UpdateTicketTimeLogInput;
}>;


export type TktLogUpdateMutation = { updateTicketTimeLog: { timeLog: { minutes: number, cost: number, billable: boolean } | null, userErrors: Array<{ code: string }> } };

export type TktLogDeleteMutationVariables = Exact<{
  timeLogId: string | number;
}>;


export type TktLogDeleteMutation = { deleteTicketTimeLog: { deletedTimeLogId: string | null, userErrors: Array<{ code: string }> } };

export type TktLogTabsQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type TktLogTabsQuery = { ticket: { timeLogs: Array<{ minutes: number, category: { name: string } | null }>, relatedItems: Array<{ kind: TicketRelatedItemKind, ticket: { id: string } | null }> } };

export type TktLogLinkMutationVariables = Exact<{
  input: LinkTicketsInput;
}>;


export type TktLogLinkMutation = { linkTickets: { userErrors: Array<{ code: string }> } };

export type TktLogUnlinkMutationVariables = Exact<{
  input: LinkTicketsInput;
}>;


export type TktLogUnlinkMutation = { unlinkTickets: { userErrors: Array<{ code: string }> } };

export type TktTimingStatusMutationVariables = Exact<{
  input: ChangeTicketStatusInput;
}>;


export type TktTimingStatusMutation = { changeTicketStatus: { ticket: { status: TicketStatus } | null, userErrors: Array<{ code: string }> } };

export type TktTimingStateQueryVariables = Exact<{
  id: string | number;
}>;


export type TktTimingStateQuery = { ticket: { status: TicketStatus, deletedAt: string | null } };

export type TktTimingDepartmentMutationVariables = Exact<{
  input: UpdateDepartmentInput;
}>;


export type TktTimingDepartmentMutation = { updateDepartment: { userErrors: Array<{ code: string }> } };

export type TktViewersSubscriptionVariables = Exact<{
  ticketId: string | number;
}>;


export type TktViewersSubscription = { ticketViewersChanged: { ticketId: string, viewers: Array<{ viewing: boolean, replying: boolean, devices: number, employee: { id: string } | null }> } };

export type TktViewersFieldQueryVariables = Exact<{
  id: string | number;
}>;


export type TktViewersFieldQuery = { ticket: { viewers: Array<{ viewing: boolean, replying: boolean, devices: number, employee: { id: string } | null }> } };

export type TktViewersComposeMutationVariables = Exact<{
  ticketId: string | number;
}>;


export type TktViewersComposeMutation = { markComposing: { userErrors: Array<{ code: string }> } };

export type TktViewersReplyMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type TktViewersReplyMutation = { replyToTicket: { userErrors: Array<{ code: string }> } };

export const OrgDeptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDeptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllAgentsToFindItemsInAdvancedSearch"}},{"kind":"Field","name":{"kind":"Name","value":"allowManagersOutsideToView"}},{"kind":"Field","name":{"kind":"Name","value":"markTimeLogsBillableByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"inheritBusinessHoursFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"inheritHolidaysFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCloseAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoLockAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoDeleteAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"requireResolutionToClose"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllTasksCompletedToClose"}},{"kind":"Field","name":{"kind":"Name","value":"notifyCustomerOnAutoClose"}},{"kind":"Field","name":{"kind":"Name","value":"newTicketsInPortalRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callLogAutoDeleteAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beforeTicketSubmissionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"afterTicketSubmissionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveBusinessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveHolidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<OrgDeptFieldsFragment, unknown>;
export const OrgGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}},{"kind":"Field","name":{"kind":"Name","value":"roundRobin"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeEstimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCreatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTransferredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageInMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatStartedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatTransferredMinutes"}}]}}]}}]} as unknown as DocumentNode<OrgGroupFieldsFragment, unknown>;
export const OrgMembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentGroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketHandling"}},{"kind":"Field","name":{"kind":"Name","value":"maxTickets"}},{"kind":"Field","name":{"kind":"Name","value":"chatHandling"}},{"kind":"Field","name":{"kind":"Name","value":"autoInactiveEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoInactiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"handOffOnAutoInactive"}},{"kind":"Field","name":{"kind":"Name","value":"goActiveOnLogin"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}},{"kind":"Field","name":{"kind":"Name","value":"chatsActive"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}}]}}]}}]} as unknown as DocumentNode<OrgMembershipFieldsFragment, unknown>;
export const BenchSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetupInstallationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupInstallation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchSetupMutation, BenchSetupMutationVariables>;
export const BenchLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchLoginMutation, BenchLoginMutationVariables>;
export const BenchRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}}]}}]} as unknown as DocumentNode<BenchRolesQuery, BenchRolesQueryVariables>;
export const BenchCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCreateDepartmentMutation, BenchCreateDepartmentMutationVariables>;
export const BenchCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCreateGroupMutation, BenchCreateGroupMutationVariables>;
export const BenchCreateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCreateEmployeeMutation, BenchCreateEmployeeMutationVariables>;
export const BenchAddAgentToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchAddAgentToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgentToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchAddAgentToGroupMutation, BenchAddAgentToGroupMutationVariables>;
export const BenchSetActiveGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchSetActiveGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAgentActiveGroupsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAgentActiveGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchSetActiveGroupsMutation, BenchSetActiveGroupsMutationVariables>;
export const BenchCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchCreateTicketMutation, BenchCreateTicketMutationVariables>;
export const BenchAgentQueuePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchAgentQueuePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}},{"kind":"Field","name":{"kind":"Name","value":"requesterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromAddress"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenchAgentQueuePageQuery, BenchAgentQueuePageQueryVariables>;
export const BenchSearchTicketsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenchSearchTickets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}}]} as unknown as DocumentNode<BenchSearchTicketsQuery, BenchSearchTicketsQueryVariables>;
export const BenchChatStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchChatStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchChatStartMutation, BenchChatStartMutationVariables>;
export const BenchChatTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchChatTake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchChatTakeMutation, BenchChatTakeMutationVariables>;
export const BenchChatSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchChatSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchChatSendMutation, BenchChatSendMutationVariables>;
export const BenchChatEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BenchChatEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}}]}}]}}]} as unknown as DocumentNode<BenchChatEventsSubscription, BenchChatEventsSubscriptionVariables>;
export const BenchWsQueueChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BenchWsQueueChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentQueueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<BenchWsQueueChangedSubscription, BenchWsQueueChangedSubscriptionVariables>;
export const BenchWsSetAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BenchWsSetAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<BenchWsSetAvailabilityMutation, BenchWsSetAvailabilityMutationVariables>;
export const BenchWsPresenceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"BenchWsPresenceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentPresenceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]} as unknown as DocumentNode<BenchWsPresenceChangedSubscription, BenchWsPresenceChangedSubscriptionVariables>;
export const DbQueryCountMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DbQueryCountMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DbQueryCountMeQuery, DbQueryCountMeQueryVariables>;
export const PresRedisSetAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresRedisSetAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PresRedisSetAvailabilityMutation, PresRedisSetAvailabilityMutationVariables>;
export const PresRedisPresenceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PresRedisPresenceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentPresenceChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}}]}}]}}]} as unknown as DocumentNode<PresRedisPresenceChangedSubscription, PresRedisPresenceChangedSubscriptionVariables>;
export const PlatformNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<PlatformNodeQuery, PlatformNodeQueryVariables>;
export const PlatformMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PlatformMeQuery, PlatformMeQueryVariables>;
export const FixtureSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetupInstallationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupInstallation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"administrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureSetupMutation, FixtureSetupMutationVariables>;
export const FixtureLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureLoginMutation, FixtureLoginMutationVariables>;
export const AccAccessMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccAccessMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}}]}}]}}]} as unknown as DocumentNode<AccAccessMeQuery, AccAccessMeQueryVariables>;
export const AccAccessEmployeesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccAccessEmployees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccAccessEmployeesQuery, AccAccessEmployeesQueryVariables>;
export const AccAccessCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccAccessCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"}}]}}]}}]} as unknown as DocumentNode<AccAccessCatalogQuery, AccAccessCatalogQueryVariables>;
export const AccAccessChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccAccessChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccAccessChangePasswordMutation, AccAccessChangePasswordMutationVariables>;
export const AccAccessLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccAccessLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}}]}}]}}]} as unknown as DocumentNode<AccAccessLogoutMutation, AccAccessLogoutMutationVariables>;
export const AccAccessCreateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccAccessCreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccAccessCreateEmployeeMutation, AccAccessCreateEmployeeMutationVariables>;
export const AccAccessCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccAccessCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccAccessCreateUserMutation, AccAccessCreateUserMutationVariables>;
export const AccAccessDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccAccessDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccAccessDisableMutation, AccAccessDisableMutationVariables>;
export const AccAccessEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccAccessEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccAccessEnableMutation, AccAccessEnableMutationVariables>;
export const AccAccessLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccAccessLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccAccessLoginMutation, AccAccessLoginMutationVariables>;
export const AccAccessAdminRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccAccessAdminRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"EMPLOYEE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}}]}}]} as unknown as DocumentNode<AccAccessAdminRoleQuery, AccAccessAdminRoleQueryVariables>;
export const AccEmpAdmListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpAdmList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmListQuery, AccEmpAdmListQueryVariables>;
export const AccEmpAdmGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpAdmGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmGetQuery, AccEmpAdmGetQueryVariables>;
export const AccEmpAdmCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpAdmCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmCreateMutation, AccEmpAdmCreateMutationVariables>;
export const AccEmpAdmUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpAdmUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmUpdateMutation, AccEmpAdmUpdateMutationVariables>;
export const AccEmpAdmSetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpAdmSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEmployeePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmployeePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmSetPasswordMutation, AccEmpAdmSetPasswordMutationVariables>;
export const AccEmpAdmSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpAdmSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmSetRolesMutation, AccEmpAdmSetRolesMutationVariables>;
export const AccEmpAdmDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpAdmDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEmployeesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEmployees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedEmployeeIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmDeleteMutation, AccEmpAdmDeleteMutationVariables>;
export const AccEmpAdmNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpAdmNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccEmpAdmNodeQuery, AccEmpAdmNodeQueryVariables>;
export const AccEmpListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSortField"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpListQuery, AccEmpListQueryVariables>;
export const AccEmpGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"displayNameForChat"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationDomain"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"homePhone"}},{"kind":"Field","name":{"kind":"Name","value":"cellPhone"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}},{"kind":"Field","name":{"kind":"Name","value":"otherPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"subscribeToCommunityPostsAutomatically"}},{"kind":"Field","name":{"kind":"Name","value":"emailSummariesOfSubscribedCommunityPosts"}},{"kind":"Field","name":{"kind":"Name","value":"emailNewMessagesFromConversations"}},{"kind":"Field","name":{"kind":"Name","value":"portalSignature"}},{"kind":"Field","name":{"kind":"Name","value":"copyToAddress"}},{"kind":"Field","name":{"kind":"Name","value":"copyToEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"otherReplyFromAddresses"}},{"kind":"Field","name":{"kind":"Name","value":"maxTickets"}},{"kind":"Field","name":{"kind":"Name","value":"maxActiveLiveChats"}},{"kind":"Field","name":{"kind":"Name","value":"popUpNewChatsAutomatically"}},{"kind":"Field","name":{"kind":"Name","value":"playChatSounds"}},{"kind":"Field","name":{"kind":"Name","value":"playSoundWhenChatQueued"}},{"kind":"Field","name":{"kind":"Name","value":"blockChatWhileComposingCallLogs"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpGetQuery, AccEmpGetQueryVariables>;
export const AccEmpDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"displayNameForChat"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpDirectoryQuery, AccEmpDirectoryQueryVariables>;
export const AccEmpPrivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpPrivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"homePhone"}}]}}]}}]} as unknown as DocumentNode<AccEmpPrivateQuery, AccEmpPrivateQueryVariables>;
export const AccEmpCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpCreateMutation, AccEmpCreateMutationVariables>;
export const AccEmpUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationDomain"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"maxTickets"}},{"kind":"Field","name":{"kind":"Name","value":"otherReplyFromAddresses"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpUpdateMutation, AccEmpUpdateMutationVariables>;
export const AccEmpRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpRolesQuery, AccEmpRolesQueryVariables>;
export const AccEmpCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccEmpCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpCreateUserMutation, AccEmpCreateUserMutationVariables>;
export const AccEmpNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccEmpNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AccEmpNodeQuery, AccEmpNodeQueryVariables>;
export const AccOrgPermListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgPermList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccOrgPermListQuery, AccOrgPermListQueryVariables>;
export const AccOrgPermGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgPermGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermGetQuery, AccOrgPermGetQueryVariables>;
export const AccOrgPermUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgPermUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermUsersQuery, AccOrgPermUsersQueryVariables>;
export const AccOrgPermMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgPermMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermMineQuery, AccOrgPermMineQueryVariables>;
export const AccOrgPermCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgPermCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermCreateMutation, AccOrgPermCreateMutationVariables>;
export const AccOrgPermUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgPermUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermUpdateMutation, AccOrgPermUpdateMutationVariables>;
export const AccOrgPermAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgPermAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermAddMemberMutation, AccOrgPermAddMemberMutationVariables>;
export const AccOrgPermUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgPermUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermUpdateMemberMutation, AccOrgPermUpdateMemberMutationVariables>;
export const AccOrgPermRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgPermRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermRemoveMemberMutation, AccOrgPermRemoveMemberMutationVariables>;
export const AccOrgPermDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgPermDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOrganizationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgPermDeleteMutation, AccOrgPermDeleteMutationVariables>;
export const AccOrgListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgListQuery, AccOrgListQueryVariables>;
export const AccOrgGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"numberOfEmployees"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"viewOrganizationTicketsInPortal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgGetQuery, AccOrgGetQueryVariables>;
export const AccOrgCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgCreateMutation, AccOrgCreateMutationVariables>;
export const AccOrgUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgUpdateMutation, AccOrgUpdateMutationVariables>;
export const AccOrgAddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgAddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"viewOrganizationTicketsInPortal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgAddMemberMutation, AccOrgAddMemberMutationVariables>;
export const AccOrgUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"viewOrganizationTicketsInPortal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgUpdateMemberMutation, AccOrgUpdateMemberMutationVariables>;
export const AccOrgRemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgRemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveOrganizationMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOrganizationMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMemberId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgRemoveMemberMutation, AccOrgRemoveMemberMutationVariables>;
export const AccOrgDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOrganizationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedOrganizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgDeleteMutation, AccOrgDeleteMutationVariables>;
export const AccOrgCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccOrgCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgCreateUserMutation, AccOrgCreateUserMutationVariables>;
export const AccOrgUserOrgsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgUserOrgs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgUserOrgsQuery, AccOrgUserOrgsQueryVariables>;
export const AccOrgUsersInOrgDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccOrgUsersInOrg"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccOrgUsersInOrgQuery, AccOrgUsersInOrgQueryVariables>;
export const AccUserPermListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccUserPermList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AccUserPermListQuery, AccUserPermListQueryVariables>;
export const AccUserPermGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccUserPermGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AccUserPermGetQuery, AccUserPermGetQueryVariables>;
export const AccUserPermCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserPermCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermCreateMutation, AccUserPermCreateMutationVariables>;
export const AccUserPermUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserPermUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermUpdateMutation, AccUserPermUpdateMutationVariables>;
export const AccUserPermSetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserPermSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermSetPasswordMutation, AccUserPermSetPasswordMutationVariables>;
export const AccUserPermDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserPermDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermDeleteMutation, AccUserPermDeleteMutationVariables>;
export const AccUserPermSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserPermSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermSetRolesMutation, AccUserPermSetRolesMutationVariables>;
export const AccUserPermDisableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserPermDisable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermDisableMutation, AccUserPermDisableMutationVariables>;
export const AccUserPermEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserPermEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnableAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermEnableMutation, AccUserPermEnableMutationVariables>;
export const AccUserPermNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccUserPermNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserPermNodeQuery, AccUserPermNodeQueryVariables>;
export const AccUserListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccUserList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"roleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserListQuery, AccUserListQueryVariables>;
export const AccUserGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccUserGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"homePhone"}},{"kind":"Field","name":{"kind":"Name","value":"cellPhone"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}},{"kind":"Field","name":{"kind":"Name","value":"otherPhone"}},{"kind":"Field","name":{"kind":"Name","value":"company"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"subscribeToCommunityPostsAutomatically"}},{"kind":"Field","name":{"kind":"Name","value":"portalSignature"}},{"kind":"Field","name":{"kind":"Name","value":"banned"}},{"kind":"Field","name":{"kind":"Name","value":"banReason"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserGetQuery, AccUserGetQueryVariables>;
export const AccUserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserCreateMutation, AccUserCreateMutationVariables>;
export const AccUserUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"banned"}},{"kind":"Field","name":{"kind":"Name","value":"banReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserUpdateMutation, AccUserUpdateMutationVariables>;
export const AccUserSetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserSetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserSetPasswordMutation, AccUserSetPasswordMutationVariables>;
export const AccUserDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedUserIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserDeleteMutation, AccUserDeleteMutationVariables>;
export const AccUserSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserSetRolesMutation, AccUserSetRolesMutationVariables>;
export const AccUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccUserRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserRolesQuery, AccUserRolesQueryVariables>;
export const AccUserCreateRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserCreateRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserCreateRoleMutation, AccUserCreateRoleMutationVariables>;
export const AccUserCreateEmployeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccUserCreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccUserCreateEmployeeMutation, AccUserCreateEmployeeMutationVariables>;
export const AuthScopesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthScopesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthScopesCreateMutation, AuthScopesCreateMutationVariables>;
export const AuthScopesPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthScopesPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]} as unknown as DocumentNode<AuthScopesPermissionsQuery, AuthScopesPermissionsQueryVariables>;
export const AuthScopesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthScopesList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuthScopesListQuery, AuthScopesListQueryVariables>;
export const AuthScopesRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthScopesRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthScopesRevokeMutation, AuthScopesRevokeMutationVariables>;
export const AuthScopesLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthScopesLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}}]}}]}}]} as unknown as DocumentNode<AuthScopesLogoutMutation, AuthScopesLogoutMutationVariables>;
export const AuthScopesChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthScopesChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthScopesChangePasswordMutation, AuthScopesChangePasswordMutationVariables>;
export const AuthScopesSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthScopesSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthScopesSessionsQuery, AuthScopesSessionsQueryVariables>;
export const AuthScopesNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthScopesNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthScopesNodeQuery, AuthScopesNodeQueryVariables>;
export const AuthCreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthCreateApiTokenMutation, AuthCreateApiTokenMutationVariables>;
export const AuthApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allOwners"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"allOwners"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allOwners"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthApiTokensQuery, AuthApiTokensQueryVariables>;
export const AuthRevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRevokeApiTokenMutation, AuthRevokeApiTokenMutationVariables>;
export const AuthTokenWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthTokenWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]} as unknown as DocumentNode<AuthTokenWhoAmIQuery, AuthTokenWhoAmIQueryVariables>;
export const AuthApiTokenFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthApiTokenFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"ApiToken","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthApiTokenFieldsQuery, AuthApiTokenFieldsQueryVariables>;
export const AuthLockoutLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLockoutLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthLockoutLoginMutation, AuthLockoutLoginMutationVariables>;
export const AuthLockoutUpdateSecurityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLockoutUpdateSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecuritySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecuritySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bruteForceProtectionEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxFailedLoginAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lockoutMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthLockoutUpdateSecurityMutation, AuthLockoutUpdateSecurityMutationVariables>;
export const AuthBypassLockoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthBypassLockout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BypassLoginLockoutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bypassLoginLockout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lockedUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthBypassLockoutMutation, AuthBypassLockoutMutationVariables>;
export const AuthPasswordLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasswordLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasswordLoginMutation, AuthPasswordLoginMutationVariables>;
export const AuthChangeMyPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthChangeMyPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMyPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMyPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuthChangeMyPasswordMutation, AuthChangeMyPasswordMutationVariables>;
export const AuthPasswordMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthPasswordMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]} as unknown as DocumentNode<AuthPasswordMeQuery, AuthPasswordMeQueryVariables>;
export const AuthPasswordSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthPasswordSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthPasswordSessionsQuery, AuthPasswordSessionsQueryVariables>;
export const AuthPasswordTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthPasswordTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuthPasswordTokensQuery, AuthPasswordTokensQueryVariables>;
export const AuthPasswordCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasswordCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}}]}}]}}]} as unknown as DocumentNode<AuthPasswordCreateTokenMutation, AuthPasswordCreateTokenMutationVariables>;
export const AuthPasswordSecurityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthPasswordSecurity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumPasswordLength"}}]}}]}}]} as unknown as DocumentNode<AuthPasswordSecurityQuery, AuthPasswordSecurityQueryVariables>;
export const AuthPasswordNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthPasswordNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthPasswordNodeQuery, AuthPasswordNodeQueryVariables>;
export const AuthPasswordUpdateSecurityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthPasswordUpdateSecurity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecuritySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecuritySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPasswordUpdateSecurityMutation, AuthPasswordUpdateSecurityMutationVariables>;
export const AuthMySessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastIp"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]} as unknown as DocumentNode<AuthMySessionsQuery, AuthMySessionsQueryVariables>;
export const AuthRevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRevokeSessionMutation, AuthRevokeSessionMutationVariables>;
export const AuthRevokeAllSessionsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRevokeAllSessionsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAllSessionsOfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAllSessionsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRevokeAllSessionsOfMutation, AuthRevokeAllSessionsOfMutationVariables>;
export const AuthRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthRefreshMutation, AuthRefreshMutationVariables>;
export const AuthLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthLogoutMutation, AuthLogoutMutationVariables>;
export const AuthSessionsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSessionsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthSessionsMeQuery, AuthSessionsMeQueryVariables>;
export const AuthSessionNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthSessionNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]} as unknown as DocumentNode<AuthSessionNodeQuery, AuthSessionNodeQueryVariables>;
export const AuthWsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthWsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]} as unknown as DocumentNode<AuthWsMeQuery, AuthWsMeQueryVariables>;
export const AuthWsAccountChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"AuthWsAccountChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccountChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<AuthWsAccountChangedSubscription, AuthWsAccountChangedSubscriptionVariables>;
export const AuthWsLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthWsLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"success"}}]}}]}}]} as unknown as DocumentNode<AuthWsLogoutMutation, AuthWsLogoutMutationVariables>;
export const AuthWsCreateTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthWsCreateToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AuthWsCreateTokenMutation, AuthWsCreateTokenMutationVariables>;
export const AuthWsRevokeTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthWsRevokeToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokedCount"}}]}}]}}]} as unknown as DocumentNode<AuthWsRevokeTokenMutation, AuthWsRevokeTokenMutationVariables>;
export const AuthWsSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthWsSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]}}]} as unknown as DocumentNode<AuthWsSessionsQuery, AuthWsSessionsQueryVariables>;
export const AuthWsRevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthWsRevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AuthWsRevokeSessionMutation, AuthWsRevokeSessionMutationVariables>;
export const CannedRenderCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedRenderCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CannedRenderCreateMutation, CannedRenderCreateMutationVariables>;
export const CannedRenderUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedRenderUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CannedRenderUpdateMutation, CannedRenderUpdateMutationVariables>;
export const CannedRenderDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedRenderDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCannedReplyId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CannedRenderDeleteMutation, CannedRenderDeleteMutationVariables>;
export const CannedRenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedRender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenderCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"unknownVariables"}},{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CannedRenderQuery, CannedRenderQueryVariables>;
export const CannedRenderListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedRenderList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CannedRenderListQuery, CannedRenderListQueryVariables>;
export const CannedRenderTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedRenderTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<CannedRenderTicketQuery, CannedRenderTicketQueryVariables>;
export const CannedCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"ownerId"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CannedCreateMutation, CannedCreateMutationVariables>;
export const CannedUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CannedUpdateMutation, CannedUpdateMutationVariables>;
export const CannedDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCannedReplyId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CannedDeleteMutation, CannedDeleteMutationVariables>;
export const CannedListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSubfolders"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedReplyType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usableFor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedReplyChannel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedReplyScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CannedReplyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReplies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"folderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSubfolders"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSubfolders"}}},{"kind":"Argument","name":{"kind":"Name","value":"rootOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"usableFor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usableFor"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CannedListQuery, CannedListQueryVariables>;
export const CannedOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CannedOneQuery, CannedOneQueryVariables>;
export const CannedNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CannedNodeQuery, CannedNodeQueryVariables>;
export const CannedCreateFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedCreateFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCannedReplyFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCannedReplyFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CannedCreateFolderMutation, CannedCreateFolderMutationVariables>;
export const CannedUpdateFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedUpdateFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCannedReplyFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCannedReplyFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CannedUpdateFolderMutation, CannedUpdateFolderMutationVariables>;
export const CannedDeleteFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CannedDeleteFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCannedReplyFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCannedReplyFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedFolderId"}},{"kind":"Field","name":{"kind":"Name","value":"movedToRootCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CannedDeleteFolderMutation, CannedDeleteFolderMutationVariables>;
export const CannedFoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CannedFolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReplyFolders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CannedFoldersQuery, CannedFoldersQueryVariables>;
export const ChatAssignStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatAssignStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatAssignStartMutation, ChatAssignStartMutationVariables>;
export const ChatAssignTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatAssignTake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatAssignTakeMutation, ChatAssignTakeMutationVariables>;
export const ChatAssignAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatAssignAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatAssignAvailabilityMutation, ChatAssignAvailabilityMutationVariables>;
export const ChatAssignListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatAssignList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveChatView"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveChats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ChatAssignListQuery, ChatAssignListQueryVariables>;
export const ChatAssignGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatAssignGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ChatAssignGetQuery, ChatAssignGetQueryVariables>;
export const ChatFaultStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatFaultStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatFaultStartMutation, ChatFaultStartMutationVariables>;
export const ChatFaultEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatFaultEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ChatFaultEventsSubscription, ChatFaultEventsSubscriptionVariables>;
export const ChatFaultSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatFaultSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatFaultSendMutation, ChatFaultSendMutationVariables>;
export const ChatFaultSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatFaultSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLiveChatSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiveChatSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxMessageLength"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitMessages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChatFaultSettingsMutation, ChatFaultSettingsMutationVariables>;
export const ChatHandStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatHandStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatHandStartMutation, ChatHandStartMutationVariables>;
export const ChatHandGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatHandGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ChatHandGetQuery, ChatHandGetQueryVariables>;
export const ChatHandSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatHandSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLiveChatSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiveChatSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handOffNoFollowUpSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"handOffAgentDisconnectedSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChatHandSettingsMutation, ChatHandSettingsMutationVariables>;
export const ChatHandSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatHandSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatHandSendMutation, ChatHandSendMutationVariables>;
export const ChatHandTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatHandTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChatTypingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChatTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}}]}}]}}]} as unknown as DocumentNode<ChatHandTypingMutation, ChatHandTypingMutationVariables>;
export const ChatHandEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatHandEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemEvent"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}}]}}]}}]} as unknown as DocumentNode<ChatHandEventsSubscription, ChatHandEventsSubscriptionVariables>;
export const ChatInstStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatInstStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatInstStartMutation, ChatInstStartMutationVariables>;
export const ChatInstEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatInstEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<ChatInstEventsSubscription, ChatInstEventsSubscriptionVariables>;
export const ChatInstSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatInstSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatInstSendMutation, ChatInstSendMutationVariables>;
export const ChatLifeStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeStartMutation, ChatLifeStartMutationVariables>;
export const ChatLifeGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatLifeGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"idleSince"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeGetQuery, ChatLifeGetQueryVariables>;
export const ChatLifeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLiveChatSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLiveChatSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeSettingsMutation, ChatLifeSettingsMutationVariables>;
export const ChatLifeEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeEndMutation, ChatLifeEndMutationVariables>;
export const ChatLifeAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachChatToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachChatToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeAttachMutation, ChatLifeAttachMutationVariables>;
export const ChatLifeDetachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeDetach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DetachChatFromTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"detachChatFromTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeDetachMutation, ChatLifeDetachMutationVariables>;
export const ChatLifeDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveChatIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLiveChats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeDeleteMutation, ChatLifeDeleteMutationVariables>;
export const ChatLifeRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveChatIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreLiveChats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeRestoreMutation, ChatLifeRestoreMutationVariables>;
export const ChatLifeSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatLifeSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveChatSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchLiveChats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatNumber"}}]}}]}}]} as unknown as DocumentNode<ChatLifeSearchQuery, ChatLifeSearchQueryVariables>;
export const ChatLifeCreateReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeCreateReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cannedReply"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeCreateReplyMutation, ChatLifeCreateReplyMutationVariables>;
export const ChatLifeSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatLifeSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatLifeSendMutation, ChatLifeSendMutationVariables>;
export const ChatLifeRenderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatLifeRender"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenderCannedReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renderCannedReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"html"}}]}}]}}]} as unknown as DocumentNode<ChatLifeRenderQuery, ChatLifeRenderQueryVariables>;
export const ChatMsgStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgStartMutation, ChatMsgStartMutationVariables>;
export const ChatMsgEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ChatMsgEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"visitorToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"systemEvent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"typing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"typing"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"read"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"surveyUrl"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgEventsSubscription, ChatMsgEventsSubscriptionVariables>;
export const ChatMsgSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgSendMutation, ChatMsgSendMutationVariables>;
export const ChatMsgCoachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgCoach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCoachingMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCoachingMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgCoachMutation, ChatMsgCoachMutationVariables>;
export const ChatMsgTypingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgTyping"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChatTypingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChatTyping"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgTypingMutation, ChatMsgTypingMutationVariables>;
export const ChatMsgReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkChatReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markChatRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgReadMutation, ChatMsgReadMutationVariables>;
export const ChatMsgJoinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgJoin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgJoinMutation, ChatMsgJoinMutationVariables>;
export const ChatMsgTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgTransferMutation, ChatMsgTransferMutationVariables>;
export const ChatMsgEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"surveyUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgEndMutation, ChatMsgEndMutationVariables>;
export const ChatMsgTranscriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatMsgTranscript"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveChatTranscript"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chatId"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}]}]}}]} as unknown as DocumentNode<ChatMsgTranscriptQuery, ChatMsgTranscriptQueryVariables>;
export const ChatMsgDeptSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatMsgDeptSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentChatSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartmentChatSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatMsgDeptSettingsMutation, ChatMsgDeptSettingsMutationVariables>;
export const ChatProvConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatProvConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatProvConfigureMutation, ChatProvConfigureMutationVariables>;
export const ChatProvStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatProvStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatProvStartMutation, ChatProvStartMutationVariables>;
export const ChatStartStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatStartStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitorToken"}},{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"chatNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"waitingMessage"}},{"kind":"Field","name":{"kind":"Name","value":"customerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChatStartStartMutation, ChatStartStartMutationVariables>;
export const ChatStartAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatStartAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveChatAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"NullValue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<ChatStartAvailabilityQuery, ChatStartAvailabilityQueryVariables>;
export const ChatStartLeaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatStartLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveChatMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveChatMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatStartLeaveMutation, ChatStartLeaveMutationVariables>;
export const ChatStartGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatStartGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ChatStartGetQuery, ChatStartGetQueryVariables>;
export const ChatStartMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChatStartMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chatMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chatId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterSeq"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"visitorToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}}]}}]}}]} as unknown as DocumentNode<ChatStartMessagesQuery, ChatStartMessagesQueryVariables>;
export const ChatStartEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatStartEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ChatStartEndMutation, ChatStartEndMutationVariables>;
export const ChatStartHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChatStartHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBrandHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBrandHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ChatStartHolidayMutation, ChatStartHolidayMutationVariables>;
export const CfCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"listOptions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfCreateFieldMutation, CfCreateFieldMutationVariables>;
export const CfUpdateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfUpdateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"listOptions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfUpdateFieldMutation, CfUpdateFieldMutationVariables>;
export const CfDeleteFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfDeleteField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCustomFieldId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfDeleteFieldMutation, CfDeleteFieldMutationVariables>;
export const CfListFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfListFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appliesTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldAppliesTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"appliesTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appliesTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CfListFieldsQuery, CfListFieldsQueryVariables>;
export const CfGetFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfGetField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CfGetFieldQuery, CfGetFieldQueryVariables>;
export const CfPeopleCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfPeopleCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfPeopleCreateFieldMutation, CfPeopleCreateFieldMutationVariables>;
export const CfSetUserCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSetUserCustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUserCustomFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserCustomFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"field"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfSetUserCustomFieldsMutation, CfSetUserCustomFieldsMutationVariables>;
export const CfSetEmployeeCustomFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSetEmployeeCustomFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEmployeeCustomFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEmployeeCustomFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfSetEmployeeCustomFieldsMutation, CfSetEmployeeCustomFieldsMutationVariables>;
export const CfEmployeeValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfEmployeeValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<CfEmployeeValuesQuery, CfEmployeeValuesQueryVariables>;
export const CfUserListValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfUserListValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CfUserListValuesQuery, CfUserListValuesQueryVariables>;
export const CfSubCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSubCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfSubCreateFieldMutation, CfSubCreateFieldMutationVariables>;
export const CfSubCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSubCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfSubCreateTemplateMutation, CfSubCreateTemplateMutationVariables>;
export const CfSubAddFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSubAddField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CfSubAddFieldMutation, CfSubAddFieldMutationVariables>;
export const CfSubCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSubCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfSubCreateDepartmentMutation, CfSubCreateDepartmentMutationVariables>;
export const CfSubUpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSubUpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CfSubUpdateDepartmentMutation, CfSubUpdateDepartmentMutationVariables>;
export const CfSubSetTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSubSetTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentCustomFieldTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentCustomFieldTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CfSubSetTemplatesMutation, CfSubSetTemplatesMutationVariables>;
export const CfTicketSubmissionFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfTicketSubmissionForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldFormStep"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketSubmissionForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentName"}},{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"listOptions"}},{"kind":"Field","name":{"kind":"Name","value":"defaultValue"}},{"kind":"Field","name":{"kind":"Name","value":"order"}}]}}]}}]}}]} as unknown as DocumentNode<CfTicketSubmissionFormQuery, CfTicketSubmissionFormQueryVariables>;
export const CfTplCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfTplCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfTplCreateFieldMutation, CfTplCreateFieldMutationVariables>;
export const CfTplDeleteFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfTplDeleteField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCustomFieldId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfTplDeleteFieldMutation, CfTplDeleteFieldMutationVariables>;
export const CfCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfCreateTemplateMutation, CfCreateTemplateMutationVariables>;
export const CfUpdateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfUpdateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfUpdateTemplateMutation, CfUpdateTemplateMutationVariables>;
export const CfDeleteTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfDeleteTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTemplateId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfDeleteTemplateMutation, CfDeleteTemplateMutationVariables>;
export const CfAddTemplateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfAddTemplateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByUsers"}},{"kind":"Field","name":{"kind":"Name","value":"requiredForAgentsToSaveOrSend"}},{"kind":"Field","name":{"kind":"Name","value":"requiredForAgentsToClose"}},{"kind":"Field","name":{"kind":"Name","value":"showInCommunicationView"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfAddTemplateFieldMutation, CfAddTemplateFieldMutationVariables>;
export const CfUpdateTemplateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfUpdateTemplateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templateField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByUsers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfUpdateTemplateFieldMutation, CfUpdateTemplateFieldMutationVariables>;
export const CfRemoveTemplateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfRemoveTemplateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CfRemoveTemplateFieldMutation, CfRemoveTemplateFieldMutationVariables>;
export const CfReorderTemplateFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfReorderTemplateFields"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderTemplateFieldsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderTemplateFields"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfReorderTemplateFieldsMutation, CfReorderTemplateFieldsMutationVariables>;
export const CfGetTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfGetTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"order"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFieldTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<CfGetTemplateQuery, CfGetTemplateQueryVariables>;
export const CfCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CfCreateDepartmentMutation, CfCreateDepartmentMutationVariables>;
export const CfSetDepartmentTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CfSetDepartmentTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentCustomFieldTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentCustomFieldTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"templates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liveChatTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CfSetDepartmentTemplatesMutation, CfSetDepartmentTemplatesMutationVariables>;
export const CfDepartmentTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CfDepartmentTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFieldTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CfDepartmentTemplatesQuery, CfDepartmentTemplatesQueryVariables>;
export const DistPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributionPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"nextAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipReason"}},{"kind":"Field","name":{"kind":"Name","value":"groupLoad"}},{"kind":"Field","name":{"kind":"Name","value":"overallLoad"}},{"kind":"Field","name":{"kind":"Name","value":"rotationPosition"}}]}}]}}]}}]} as unknown as DocumentNode<DistPreviewQuery, DistPreviewQueryVariables>;
export const DistSetFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistSetFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DistSetFollowUpMutation, DistSetFollowUpMutationVariables>;
export const DistTicketStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistTicketState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countsTowardLimit"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistTicketStateQuery, DistTicketStateQueryVariables>;
export const DistTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistTake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countsTowardLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DistTakeMutation, DistTakeMutationVariables>;
export const DistReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseTicketToQueueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseTicketToQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DistReleaseMutation, DistReleaseMutationVariables>;
export const DistRebalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistRebalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RebalanceTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rebalanceTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DistRebalanceMutation, DistRebalanceMutationVariables>;
export const DistPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketPinnedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketPinned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DistPinMutation, DistPinMutationVariables>;
export const DistOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DistOpenQuery, DistOpenQueryVariables>;
export const DistComposingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DistComposing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markComposing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DistComposingMutation, DistComposingMutationVariables>;
export const DistHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistHistoryQuery, DistHistoryQueryVariables>;
export const EmailActCreateSmtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailActCreateSmtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSmtpAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSmtpAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailActCreateSmtpMutation, EmailActCreateSmtpMutationVariables>;
export const EmailActSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailActSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailActSettingsMutation, EmailActSettingsMutationVariables>;
export const EmailInCreateSmtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailInCreateSmtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSmtpAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSmtpAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailInCreateSmtpMutation, EmailInCreateSmtpMutationVariables>;
export const EmailInCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailInCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailInCreateAccountMutation, EmailInCreateAccountMutationVariables>;
export const EmailInSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailInSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryDelaySeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailInSettingsMutation, EmailInSettingsMutationVariables>;
export const EmailInSpoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailInSpool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncomingMailStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mailAccountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"mailAccountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mailAccountId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"fromAddress"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]} as unknown as DocumentNode<EmailInSpoolQuery, EmailInSpoolQueryVariables>;
export const EmailInTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailInTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requesterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"fromAddress"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"cc"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmailInTicketQuery, EmailInTicketQueryVariables>;
export const EmailInRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailInRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpoolMessagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryIncomingMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingMails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailInRetryMutation, EmailInRetryMutationVariables>;
export const EmailNotifyCreateSmtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailNotifyCreateSmtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSmtpAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSmtpAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailNotifyCreateSmtpMutation, EmailNotifyCreateSmtpMutationVariables>;
export const EmailNotifySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailNotifySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailNotifySettingsMutation, EmailNotifySettingsMutationVariables>;
export const EmailNotifyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailNotifyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailNotifyStatusMutation, EmailNotifyStatusMutationVariables>;
export const EmailOutCreateSmtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutCreateSmtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSmtpAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSmtpAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"server"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"emailAddress"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"departmentId"}},{"kind":"Field","name":{"kind":"Name","value":"brandId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutCreateSmtpMutation, EmailOutCreateSmtpMutationVariables>;
export const EmailOutUpdateSmtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutUpdateSmtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSmtpAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSmtpAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"port"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutUpdateSmtpMutation, EmailOutUpdateSmtpMutationVariables>;
export const EmailOutListSmtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutListSmtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smtpAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]}}]} as unknown as DocumentNode<EmailOutListSmtpQuery, EmailOutListSmtpQueryVariables>;
export const EmailOutSmtpFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutSmtpFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"SmtpAccount","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutSmtpFieldsQuery, EmailOutSmtpFieldsQueryVariables>;
export const EmailOutSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryDelaySeconds"}},{"kind":"Field","name":{"kind":"Name","value":"blacklist"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutSettingsMutation, EmailOutSettingsMutationVariables>;
export const EmailOutReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutReplyMutation, EmailOutReplyMutationVariables>;
export const EmailOutSpoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutSpool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutgoingMailStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MailSpoolSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outgoingMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromAddress"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutSpoolQuery, EmailOutSpoolQueryVariables>;
export const EmailOutRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpoolMessagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryOutgoingMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outgoingMails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutRetryMutation, EmailOutRetryMutationVariables>;
export const EmailOutDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpoolMessagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOutgoingMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutDeleteMutation, EmailOutDeleteMutationVariables>;
export const EmailOutTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"requiredVariables"}}]}}]}}]} as unknown as DocumentNode<EmailOutTemplatesQuery, EmailOutTemplatesQueryVariables>;
export const EmailOutUpdateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutUpdateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutUpdateTemplateMutation, EmailOutUpdateTemplateMutationVariables>;
export const EmailOutResetTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailOutResetTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetEmailTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetEmailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailOutResetTemplateMutation, EmailOutResetTemplateMutationVariables>;
export const EmailOutPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailTemplateKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewEmailTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<EmailOutPreviewQuery, EmailOutPreviewQueryVariables>;
export const EmailOutSettingsQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutSettingsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveryDelaySeconds"}}]}}]}}]} as unknown as DocumentNode<EmailOutSettingsQueryQuery, EmailOutSettingsQueryQueryVariables>;
export const EmailOutMailAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutMailAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<EmailOutMailAccountsQuery, EmailOutMailAccountsQueryVariables>;
export const EmailOutIncomingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutIncoming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingMails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EmailOutIncomingQuery, EmailOutIncomingQueryVariables>;
export const EmailRulesCreateSmtpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailRulesCreateSmtp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSmtpAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSmtpAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailRulesCreateSmtpMutation, EmailRulesCreateSmtpMutationVariables>;
export const EmailRulesCreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailRulesCreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMailAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMailAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailRulesCreateAccountMutation, EmailRulesCreateAccountMutationVariables>;
export const EmailRulesUpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailRulesUpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMailAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMailAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNewTickets"}},{"kind":"Field","name":{"kind":"Name","value":"startTicketsRoleId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailRulesUpdateAccountMutation, EmailRulesUpdateAccountMutationVariables>;
export const EmailRulesSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailRulesSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EmailRulesSettingsMutation, EmailRulesSettingsMutationVariables>;
export const EmailRulesResponderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmailRulesResponder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAutoresponderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAutoresponder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoresponder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departmentIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EmailRulesResponderMutation, EmailRulesResponderMutationVariables>;
export const EmailRulesIncomingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailRulesIncoming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncomingMailStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fromAddress"}}]}}]}}]}}]} as unknown as DocumentNode<EmailRulesIncomingQuery, EmailRulesIncomingQueryVariables>;
export const EvCondEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvCondEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRuleEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"domainEventType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvCondEvaluationsQuery, EvCondEvaluationsQueryVariables>;
export const EvCondTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvCondTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<EvCondTicketQuery, EvCondTicketQueryVariables>;
export const EvCondProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvCondProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EvCondProviderMutation, EvCondProviderMutationVariables>;
export const EvEngineHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvEngineHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvEngineHoursMutation, EvEngineHoursMutationVariables>;
export const EvEngineHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvEngineHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDepartmentHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDepartmentHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvEngineHolidayMutation, EvEngineHolidayMutationVariables>;
export const EvEngineFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvEngineField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EvEngineFieldMutation, EvEngineFieldMutationVariables>;
export const EvEngineStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvEngineStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvEngineStatusMutation, EvEngineStatusMutationVariables>;
export const EvEngineEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvEngineEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRuleEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"domainEventType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvEngineEvaluationsQuery, EvEngineEvaluationsQueryVariables>;
export const EvEngineTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvEngineTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<EvEngineTicketQuery, EvEngineTicketQueryVariables>;
export const EvEngineRemindersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EvEngineReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<EvEngineRemindersSubscription, EvEngineRemindersSubscriptionVariables>;
export const EvEngineChangePriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvEngineChangePriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvEngineChangePriorityMutation, EvEngineChangePriorityMutationVariables>;
export const EvManualTriggerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvManualTrigger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TriggerManualEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggerManualEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvManualTriggerMutation, EvManualTriggerMutationVariables>;
export const EvManualTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvManualTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<EvManualTicketQuery, EvManualTicketQueryVariables>;
export const EvAccessCreateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvAccessCreateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"customField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"maximumFrequencyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EvAccessCreateRuleMutation, EvAccessCreateRuleMutationVariables>;
export const EvAccessUpdateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvAccessUpdateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EvAccessUpdateRuleMutation, EvAccessUpdateRuleMutationVariables>;
export const EvAccessDeleteRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvAccessDeleteRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEventRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEventRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedEventRuleId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvAccessDeleteRuleMutation, EvAccessDeleteRuleMutationVariables>;
export const EvAccessEnableRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvAccessEnableRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEventRulesEnabledInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEventRulesEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvAccessEnableRulesMutation, EvAccessEnableRulesMutationVariables>;
export const EvAccessRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvAccessRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventRuleScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventCategory"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvAccessRulesQuery, EvAccessRulesQueryVariables>;
export const EvAccessRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvAccessRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EvAccessRuleQuery, EvAccessRuleQueryVariables>;
export const EvAccessSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvAccessSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stopIdleEventsAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvAccessSettingsMutation, EvAccessSettingsMutationVariables>;
export const EvCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"systemOnly"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"numericId"}},{"kind":"Field","name":{"kind":"Name","value":"documentedId"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"systemOnly"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainEventType"}},{"kind":"Field","name":{"kind":"Name","value":"whereField"}},{"kind":"Field","name":{"kind":"Name","value":"whereValue"}},{"kind":"Field","name":{"kind":"Name","value":"emitted"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"operators"}},{"kind":"Field","name":{"kind":"Name","value":"referenceType"}},{"kind":"Field","name":{"kind":"Name","value":"enumValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"oncePerItem"}},{"kind":"Field","name":{"kind":"Name","value":"systemOnly"}},{"kind":"Field","name":{"kind":"Name","value":"implemented"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"operators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"minValues"}},{"kind":"Field","name":{"kind":"Name","value":"maxValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"uncategorizedEventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numericId"}}]}}]}}]}}]} as unknown as DocumentNode<EvCatalogQuery, EvCatalogQueryVariables>;
export const EvCreateRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvCreateRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEventRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEventRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"customField"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"maximumFrequencyMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EvCreateRuleMutation, EvCreateRuleMutationVariables>;
export const EvSlaEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvSlaEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRuleEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subjectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subjectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleName"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvSlaEvaluationsQuery, EvSlaEvaluationsQueryVariables>;
export const EvSlaTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvSlaTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<EvSlaTicketQuery, EvSlaTicketQueryVariables>;
export const EvSlaHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvSlaHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvSlaHoursMutation, EvSlaHoursMutationVariables>;
export const EvSlaReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvSlaReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvSlaReplyMutation, EvSlaReplyMutationVariables>;
export const EvSlaDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvSlaDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvSlaDeleteMutation, EvSlaDeleteMutationVariables>;
export const EvSlaSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvSlaSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEventSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEventSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvSlaSettingsMutation, EvSlaSettingsMutationVariables>;
export const EvSlaStartChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvSlaStartChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EvSlaStartChatMutation, EvSlaStartChatMutationVariables>;
export const EvTypesEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvTypesEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventRuleEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ruleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ruleId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypeId"}},{"kind":"Field","name":{"kind":"Name","value":"domainEventType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvTypesEvaluationsQuery, EvTypesEvaluationsQueryVariables>;
export const EvTypesAddTimeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvTypesAddTimeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketTimeLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketTimeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvTypesAddTimeLogMutation, EvTypesAddTimeLogMutationVariables>;
export const EvTypesEditTimeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvTypesEditTimeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketTimeLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketTimeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvTypesEditTimeLogMutation, EvTypesEditTimeLogMutationVariables>;
export const EvTypesReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvTypesReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EvTypesReplyMutation, EvTypesReplyMutationVariables>;
export const EvTypesSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvTypesSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvTypesSubmitMutation, EvTypesSubmitMutationVariables>;
export const EvTypesRequestCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvTypesRequestClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestTicketCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTicketClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<EvTypesRequestCloseMutation, EvTypesRequestCloseMutationVariables>;
export const EvTypesStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvTypesStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EvTypesStatusMutation, EvTypesStatusMutationVariables>;
export const JobListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JobStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"runAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<JobListQuery, JobListQueryVariables>;
export const JobRetryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobRetry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobRetryMutation, JobRetryMutationVariables>;
export const JobCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JobCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelJobInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JobCancelMutation, JobCancelMutationVariables>;
export const JobNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JobNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Job"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<JobNodeQuery, JobNodeQueryVariables>;
export const OrgBrandLifeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgBrandLifeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeReadQuery, OrgBrandLifeReadQueryVariables>;
export const OrgBrandLifeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgBrandLifeList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeListQuery, OrgBrandLifeListQueryVariables>;
export const OrgBrandLifeCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandLifeCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBrandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeCreateMutation, OrgBrandLifeCreateMutationVariables>;
export const OrgBrandLifeSetDefaultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandLifeSetDefault"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeSetDefaultMutation, OrgBrandLifeSetDefaultMutationVariables>;
export const OrgBrandLifeHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandLifeHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBrandBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBrandBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeHoursMutation, OrgBrandLifeHoursMutationVariables>;
export const OrgBrandLifeAddHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandLifeAddHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBrandHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBrandHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeAddHolidayMutation, OrgBrandLifeAddHolidayMutationVariables>;
export const OrgBrandLifeRemoveHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandLifeRemoveHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBrandHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedHolidayId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeRemoveHolidayMutation, OrgBrandLifeRemoveHolidayMutationVariables>;
export const OrgBrandLifeDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandLifeDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedBrandId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeDeleteMutation, OrgBrandLifeDeleteMutationVariables>;
export const OrgBrandLifeCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandLifeCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandLifeCreateDepartmentMutation, OrgBrandLifeCreateDepartmentMutationVariables>;
export const OrgBrandReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgBrandRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"companyWebsite"}},{"kind":"Field","name":{"kind":"Name","value":"enableCookieDisclaimer"}},{"kind":"Field","name":{"kind":"Name","value":"defaultFont"}},{"kind":"Field","name":{"kind":"Name","value":"googleAnalyticsSiteId"}},{"kind":"Field","name":{"kind":"Name","value":"displayLogoOnPortal"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumPostsToPostLinks"}},{"kind":"Field","name":{"kind":"Name","value":"usersCanChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"newFeedbackStartsModerated"}},{"kind":"Field","name":{"kind":"Name","value":"viewCommunityRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}},{"kind":"Field","name":{"kind":"Name","value":"postLinksInPortalRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewTicketsRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"primaryButtonColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryButtonColor"}},{"kind":"Field","name":{"kind":"Name","value":"buttonTextColor"}},{"kind":"Field","name":{"kind":"Name","value":"contentBackgroundColor"}},{"kind":"Field","name":{"kind":"Name","value":"navigationBarColor"}},{"kind":"Field","name":{"kind":"Name","value":"textColor"}},{"kind":"Field","name":{"kind":"Name","value":"linkColor"}},{"kind":"Field","name":{"kind":"Name","value":"customCss"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyUrl"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"displayLiveChatInPortal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cookieDisclaimer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mainPortalAnnouncement"}},{"kind":"Field","name":{"kind":"Name","value":"additionalPortalFooter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandReadQuery, OrgBrandReadQueryVariables>;
export const OrgBrandListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgBrandList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandListQuery, OrgBrandListQueryVariables>;
export const OrgBrandCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBrandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hostHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandCreateMutation, OrgBrandCreateMutationVariables>;
export const OrgBrandUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgBrandUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBrandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyWebsite"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minimumPostsToPostLinks"}},{"kind":"Field","name":{"kind":"Name","value":"viewTicketsRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewNewsRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"privacyPolicyEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cookieDisclaimer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mainPortalAnnouncement"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgBrandUpdateMutation, OrgBrandUpdateMutationVariables>;
export const OrgDelCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDelCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDelCreateDepartmentMutation, OrgDelCreateDepartmentMutationVariables>;
export const OrgDelReadDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgDelReadDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgDelReadDepartmentQuery, OrgDelReadDepartmentQueryVariables>;
export const OrgDelDeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDelDeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedDepartmentId"}},{"kind":"Field","name":{"kind":"Name","value":"itemsMovedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDelDeleteDepartmentMutation, OrgDelDeleteDepartmentMutationVariables>;
export const OrgDelCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDelCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDelCreateGroupMutation, OrgDelCreateGroupMutationVariables>;
export const OrgDelAddAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDelAddAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgentToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDelAddAgentMutation, OrgDelAddAgentMutationVariables>;
export const OrgDelDeleteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDelDeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDelDeleteGroupMutation, OrgDelDeleteGroupMutationVariables>;
export const OrgDeptReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgDeptRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgDeptFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDeptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllAgentsToFindItemsInAdvancedSearch"}},{"kind":"Field","name":{"kind":"Name","value":"allowManagersOutsideToView"}},{"kind":"Field","name":{"kind":"Name","value":"markTimeLogsBillableByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"inheritBusinessHoursFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"inheritHolidaysFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCloseAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoLockAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoDeleteAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"requireResolutionToClose"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllTasksCompletedToClose"}},{"kind":"Field","name":{"kind":"Name","value":"notifyCustomerOnAutoClose"}},{"kind":"Field","name":{"kind":"Name","value":"newTicketsInPortalRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callLogAutoDeleteAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beforeTicketSubmissionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"afterTicketSubmissionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveBusinessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveHolidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<OrgDeptReadQuery, OrgDeptReadQueryVariables>;
export const OrgDeptListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgDeptList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"brandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"brandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDeptListQuery, OrgDeptListQueryVariables>;
export const OrgDeptCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDeptCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgDeptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDeptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllAgentsToFindItemsInAdvancedSearch"}},{"kind":"Field","name":{"kind":"Name","value":"allowManagersOutsideToView"}},{"kind":"Field","name":{"kind":"Name","value":"markTimeLogsBillableByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"inheritBusinessHoursFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"inheritHolidaysFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCloseAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoLockAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoDeleteAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"requireResolutionToClose"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllTasksCompletedToClose"}},{"kind":"Field","name":{"kind":"Name","value":"notifyCustomerOnAutoClose"}},{"kind":"Field","name":{"kind":"Name","value":"newTicketsInPortalRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callLogAutoDeleteAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beforeTicketSubmissionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"afterTicketSubmissionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveBusinessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveHolidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<OrgDeptCreateMutation, OrgDeptCreateMutationVariables>;
export const OrgDeptUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDeptUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgDeptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDeptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllAgentsToFindItemsInAdvancedSearch"}},{"kind":"Field","name":{"kind":"Name","value":"allowManagersOutsideToView"}},{"kind":"Field","name":{"kind":"Name","value":"markTimeLogsBillableByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"inheritBusinessHoursFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"inheritHolidaysFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCloseAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoLockAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoDeleteAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"requireResolutionToClose"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllTasksCompletedToClose"}},{"kind":"Field","name":{"kind":"Name","value":"notifyCustomerOnAutoClose"}},{"kind":"Field","name":{"kind":"Name","value":"newTicketsInPortalRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callLogAutoDeleteAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beforeTicketSubmissionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"afterTicketSubmissionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveBusinessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveHolidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<OrgDeptUpdateMutation, OrgDeptUpdateMutationVariables>;
export const OrgDeptCloneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDeptClone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloneDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgDeptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDeptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllAgentsToFindItemsInAdvancedSearch"}},{"kind":"Field","name":{"kind":"Name","value":"allowManagersOutsideToView"}},{"kind":"Field","name":{"kind":"Name","value":"markTimeLogsBillableByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"inheritBusinessHoursFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"inheritHolidaysFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCloseAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoLockAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoDeleteAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"requireResolutionToClose"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllTasksCompletedToClose"}},{"kind":"Field","name":{"kind":"Name","value":"notifyCustomerOnAutoClose"}},{"kind":"Field","name":{"kind":"Name","value":"newTicketsInPortalRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callLogAutoDeleteAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beforeTicketSubmissionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"afterTicketSubmissionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveBusinessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveHolidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<OrgDeptCloneMutation, OrgDeptCloneMutationVariables>;
export const OrgDeptHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDeptHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgDeptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDeptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Department"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"allowAllAgentsToFindItemsInAdvancedSearch"}},{"kind":"Field","name":{"kind":"Name","value":"allowManagersOutsideToView"}},{"kind":"Field","name":{"kind":"Name","value":"markTimeLogsBillableByDefault"}},{"kind":"Field","name":{"kind":"Name","value":"inheritBusinessHoursFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"inheritHolidaysFromBrand"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoCloseAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoLockAfterHours"}},{"kind":"Field","name":{"kind":"Name","value":"autoDeleteAfterDays"}},{"kind":"Field","name":{"kind":"Name","value":"requireResolutionToClose"}},{"kind":"Field","name":{"kind":"Name","value":"requireAllTasksCompletedToClose"}},{"kind":"Field","name":{"kind":"Name","value":"notifyCustomerOnAutoClose"}},{"kind":"Field","name":{"kind":"Name","value":"newTicketsInPortalRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predefined"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callLogAutoDeleteAfterDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beforeTicketSubmissionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"afterTicketSubmissionMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveBusinessHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dayOfWeek"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effectiveHolidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<OrgDeptHoursMutation, OrgDeptHoursMutationVariables>;
export const OrgDeptAddHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDeptAddHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDepartmentHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDepartmentHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDeptAddHolidayMutation, OrgDeptAddHolidayMutationVariables>;
export const OrgDeptAddBrandHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDeptAddBrandHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBrandHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBrandHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDeptAddBrandHolidayMutation, OrgDeptAddBrandHolidayMutationVariables>;
export const OrgDeptCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgDeptCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgDeptCreateGroupMutation, OrgDeptCreateGroupMutationVariables>;
export const OrgGroupCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgGroupCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgGroupCreateDepartmentMutation, OrgGroupCreateDepartmentMutationVariables>;
export const OrgGroupCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgGroupCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}},{"kind":"Field","name":{"kind":"Name","value":"roundRobin"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeEstimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCreatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTransferredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageInMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatStartedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatTransferredMinutes"}}]}}]}}]} as unknown as DocumentNode<OrgGroupCreateMutation, OrgGroupCreateMutationVariables>;
export const OrgGroupUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgGroupUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}},{"kind":"Field","name":{"kind":"Name","value":"roundRobin"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeEstimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCreatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTransferredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageInMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatStartedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatTransferredMinutes"}}]}}]}}]} as unknown as DocumentNode<OrgGroupUpdateMutation, OrgGroupUpdateMutationVariables>;
export const OrgGroupDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgGroupDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<OrgGroupDeleteMutation, OrgGroupDeleteMutationVariables>;
export const OrgGroupReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgGroupRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgGroupFields"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketHandling"}},{"kind":"Field","name":{"kind":"Name","value":"chatHandling"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isFrontLine"}},{"kind":"Field","name":{"kind":"Name","value":"roundRobin"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeEstimates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCreatedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketTransferredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageInMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"ticketMessageOutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatStartedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"liveChatTransferredMinutes"}}]}}]}}]} as unknown as DocumentNode<OrgGroupReadQuery, OrgGroupReadQueryVariables>;
export const OrgGroupAddAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgGroupAddAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgentToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentGroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketHandling"}},{"kind":"Field","name":{"kind":"Name","value":"maxTickets"}},{"kind":"Field","name":{"kind":"Name","value":"chatHandling"}},{"kind":"Field","name":{"kind":"Name","value":"autoInactiveEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoInactiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"handOffOnAutoInactive"}},{"kind":"Field","name":{"kind":"Name","value":"goActiveOnLogin"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}},{"kind":"Field","name":{"kind":"Name","value":"chatsActive"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}}]}}]}}]} as unknown as DocumentNode<OrgGroupAddAgentMutation, OrgGroupAddAgentMutationVariables>;
export const OrgGroupUpdateMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgGroupUpdateMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentGroupMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgentGroupMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgMembershipFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentGroupMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketHandling"}},{"kind":"Field","name":{"kind":"Name","value":"maxTickets"}},{"kind":"Field","name":{"kind":"Name","value":"chatHandling"}},{"kind":"Field","name":{"kind":"Name","value":"autoInactiveEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"autoInactiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"handOffOnAutoInactive"}},{"kind":"Field","name":{"kind":"Name","value":"goActiveOnLogin"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}},{"kind":"Field","name":{"kind":"Name","value":"chatsActive"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}}]}}]}}]} as unknown as DocumentNode<OrgGroupUpdateMembershipMutation, OrgGroupUpdateMembershipMutationVariables>;
export const OrgGroupRemoveAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgGroupRemoveAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAgentFromGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgentFromGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedMembershipId"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgGroupRemoveAgentMutation, OrgGroupRemoveAgentMutationVariables>;
export const OrgGroupMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgGroupMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgGroupMineQuery, OrgGroupMineQueryVariables>;
export const OrgTreeCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeCreateDepartmentMutation, OrgTreeCreateDepartmentMutationVariables>;
export const OrgTreeCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeCreateGroupMutation, OrgTreeCreateGroupMutationVariables>;
export const OrgTreeAddAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgTreeAddAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgentToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeAddAgentMutation, OrgTreeAddAgentMutationVariables>;
export const OrgTreeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgTreeRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agentCount"}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roundRobin"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketHandling"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgTreeReadQuery, OrgTreeReadQueryVariables>;
export const OrgPermArrangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermArrange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermArrangeMutation, OrgPermArrangeMutationVariables>;
export const OrgPermArrangeMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermArrangeMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgentToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermArrangeMemberMutation, OrgPermArrangeMemberMutationVariables>;
export const OrgPermArrangeHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermArrangeHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBrandHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBrandHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holiday"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermArrangeHolidayMutation, OrgPermArrangeHolidayMutationVariables>;
export const OrgPermCreateBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermCreateBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBrandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermCreateBrandMutation, OrgPermCreateBrandMutationVariables>;
export const OrgPermUpdateBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermUpdateBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBrandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermUpdateBrandMutation, OrgPermUpdateBrandMutationVariables>;
export const OrgPermSetDefaultBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermSetDefaultBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDefaultBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermSetDefaultBrandMutation, OrgPermSetDefaultBrandMutationVariables>;
export const OrgPermBrandHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermBrandHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetBrandBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setBrandBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermBrandHoursMutation, OrgPermBrandHoursMutationVariables>;
export const OrgPermAddBrandHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermAddBrandHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddBrandHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addBrandHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermAddBrandHolidayMutation, OrgPermAddBrandHolidayMutationVariables>;
export const OrgPermRemoveBrandHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermRemoveBrandHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeBrandHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermRemoveBrandHolidayMutation, OrgPermRemoveBrandHolidayMutationVariables>;
export const OrgPermDeleteBrandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermDeleteBrand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BrandIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBrand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermDeleteBrandMutation, OrgPermDeleteBrandMutationVariables>;
export const OrgPermCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermCreateDepartmentMutation, OrgPermCreateDepartmentMutationVariables>;
export const OrgPermUpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermUpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermUpdateDepartmentMutation, OrgPermUpdateDepartmentMutationVariables>;
export const OrgPermCloneDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermCloneDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloneDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cloneDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermCloneDepartmentMutation, OrgPermCloneDepartmentMutationVariables>;
export const OrgPermDeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermDeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermDeleteDepartmentMutation, OrgPermDeleteDepartmentMutationVariables>;
export const OrgPermDepartmentHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermDepartmentHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentBusinessHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentBusinessHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermDepartmentHoursMutation, OrgPermDepartmentHoursMutationVariables>;
export const OrgPermAddDepartmentHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermAddDepartmentHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddDepartmentHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addDepartmentHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermAddDepartmentHolidayMutation, OrgPermAddDepartmentHolidayMutationVariables>;
export const OrgPermRemoveDepartmentHolidayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermRemoveDepartmentHoliday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveHolidayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeDepartmentHoliday"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermRemoveDepartmentHolidayMutation, OrgPermRemoveDepartmentHolidayMutationVariables>;
export const OrgPermCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermCreateGroupMutation, OrgPermCreateGroupMutationVariables>;
export const OrgPermUpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermUpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermUpdateGroupMutation, OrgPermUpdateGroupMutationVariables>;
export const OrgPermDeleteGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermDeleteGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermDeleteGroupMutation, OrgPermDeleteGroupMutationVariables>;
export const OrgPermAddAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermAddAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgentToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermAddAgentMutation, OrgPermAddAgentMutationVariables>;
export const OrgPermUpdateMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermUpdateMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentGroupMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgentGroupMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermUpdateMembershipMutation, OrgPermUpdateMembershipMutationVariables>;
export const OrgPermRemoveAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgPermRemoveAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveAgentFromGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeAgentFromGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgPermRemoveAgentMutation, OrgPermRemoveAgentMutationVariables>;
export const OrgScopeCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgScopeCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"frontLineGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgScopeCreateDepartmentMutation, OrgScopeCreateDepartmentMutationVariables>;
export const OrgScopeUpdateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgScopeUpdateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgScopeUpdateDepartmentMutation, OrgScopeUpdateDepartmentMutationVariables>;
export const OrgScopeAddAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrgScopeAddAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgentToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgentToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrgScopeAddAgentMutation, OrgScopeAddAgentMutationVariables>;
export const OrgScopeListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgScopeLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"brands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgScopeListsQuery, OrgScopeListsQueryVariables>;
export const OrgScopeDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgScopeDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgScopeDepartmentQuery, OrgScopeDepartmentQueryVariables>;
export const OrgScopeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgScopeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgScopeGroupQuery, OrgScopeGroupQueryVariables>;
export const OrgScopeNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgScopeNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<OrgScopeNodeQuery, OrgScopeNodeQueryVariables>;
export const OrgScopeBrandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgScopeBrands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrgScopeBrandsQuery, OrgScopeBrandsQueryVariables>;
export const PresAgentPresenceChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PresAgentPresenceChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentPresenceChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"online"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}}]}}]}}]} as unknown as DocumentNode<PresAgentPresenceChangedSubscription, PresAgentPresenceChangedSubscriptionVariables>;
export const PresDashboardCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PresDashboardCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dashboardCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"online"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PresDashboardCountsSubscription, PresDashboardCountsSubscriptionVariables>;
export const PresActiveGroupsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PresActiveGroupsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeGroupsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}}]}}]}}]}}]} as unknown as DocumentNode<PresActiveGroupsChangedSubscription, PresActiveGroupsChangedSubscriptionVariables>;
export const PresConnSetMyActiveGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresConnSetMyActiveGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyActiveGroupsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyActiveGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PresConnSetMyActiveGroupsMutation, PresConnSetMyActiveGroupsMutationVariables>;
export const PresMyActiveGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresMyActiveGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myActiveGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employeeId"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}},{"kind":"Field","name":{"kind":"Name","value":"chatsActive"}},{"kind":"Field","name":{"kind":"Name","value":"callsActive"}}]}}]}}]}}]} as unknown as DocumentNode<PresMyActiveGroupsQuery, PresMyActiveGroupsQueryVariables>;
export const PresAgentActiveGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresAgentActiveGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agentActiveGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}},{"kind":"Field","name":{"kind":"Name","value":"chatsActive"}}]}}]}}]}}]} as unknown as DocumentNode<PresAgentActiveGroupsQuery, PresAgentActiveGroupsQueryVariables>;
export const PresSetMyActiveGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresSetMyActiveGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyActiveGroupsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyActiveGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}},{"kind":"Field","name":{"kind":"Name","value":"chatsActive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PresSetMyActiveGroupsMutation, PresSetMyActiveGroupsMutationVariables>;
export const PresSetAgentActiveGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresSetAgentActiveGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAgentActiveGroupsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAgentActiveGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"ticketsActive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PresSetAgentActiveGroupsMutation, PresSetAgentActiveGroupsMutationVariables>;
export const PresSetMyAvailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PresSetMyAvailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availability"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<PresSetMyAvailabilityMutation, PresSetMyAvailabilityMutationVariables>;
export const PresDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeAgentsDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ticketGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ticketAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byDepartment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PresDashboardQuery, PresDashboardQueryVariables>;
export const ProvChatConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvChatConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvChatConfigureMutation, ProvChatConfigureMutationVariables>;
export const ProvChatCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvChatCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvChatCreateDepartmentMutation, ProvChatCreateDepartmentMutationVariables>;
export const ProvChatCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvChatCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvChatCreateFieldMutation, ProvChatCreateFieldMutationVariables>;
export const ProvChatDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvChatDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"request"}}]}}]}}]}}]} as unknown as DocumentNode<ProvChatDeliveriesQuery, ProvChatDeliveriesQueryVariables>;
export const ProvLoginCfConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvLoginCfConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLoginCfConfigureMutation, ProvLoginCfConfigureMutationVariables>;
export const ProvLoginCfCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvLoginCfCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLoginCfCreateFieldMutation, ProvLoginCfCreateFieldMutationVariables>;
export const ProvLoginCfLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvLoginCfLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLoginCfLoginMutation, ProvLoginCfLoginMutationVariables>;
export const ProvLoginCfValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvLoginCfValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLoginCfValuesQuery, ProvLoginCfValuesQueryVariables>;
export const ProvLdapConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvLdapConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"ldap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindKind"}},{"kind":"Field","name":{"kind":"Name","value":"baseDN"}},{"kind":"Field","name":{"kind":"Name","value":"serviceAccountDn"}},{"kind":"Field","name":{"kind":"Name","value":"hasServiceAccountPassword"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLdapConfigureMutation, ProvLdapConfigureMutationVariables>;
export const ProvLdapLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvLdapLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLdapLoginMutation, ProvLdapLoginMutationVariables>;
export const ProvLdapDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvLdapDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LOGIN"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"request"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLdapDeliveriesQuery, ProvLdapDeliveriesQueryVariables>;
export const ProvLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLoginMutation, ProvLoginMutationVariables>;
export const ProvSsoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvSso"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginWithSignInCookieInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loginWithSignInCookie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvSsoMutation, ProvSsoMutationVariables>;
export const ProvLoginConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvLoginConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvLoginConfigureMutation, ProvLoginConfigureMutationVariables>;
export const ProvDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"request"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]}}]} as unknown as DocumentNode<ProvDeliveriesQuery, ProvDeliveriesQueryVariables>;
export const ProvUserDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvUserDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalDetailsHtml"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketNumber"},"value":{"kind":"StringValue","value":"ABC-12345","block":false}}]}]}}]}}]} as unknown as DocumentNode<ProvUserDetailsQuery, ProvUserDetailsQueryVariables>;
export const ProvFaultConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvFaultConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvFaultConfigureMutation, ProvFaultConfigureMutationVariables>;
export const ProvFaultCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvFaultCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvFaultCreateFieldMutation, ProvFaultCreateFieldMutationVariables>;
export const ProvFaultSubmitTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvFaultSubmitTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvFaultSubmitTicketMutation, ProvFaultSubmitTicketMutationVariables>;
export const ProvFaultTicketViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvFaultTicketView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvFaultTicketViewQuery, ProvFaultTicketViewQueryVariables>;
export const ProvFaultStartChatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvFaultStartChat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChatInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvFaultStartChatMutation, ProvFaultStartChatMutationVariables>;
export const ProvFaultLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvFaultLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvFaultLoginMutation, ProvFaultLoginMutationVariables>;
export const ProvFaultDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvFaultDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProvFaultDeliveriesQuery, ProvFaultDeliveriesQueryVariables>;
export const ProvProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"webServiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningSecret"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFailurePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTimeoutMs"}}]}}]}}]} as unknown as DocumentNode<ProvProvidersQuery, ProvProvidersQueryVariables>;
export const ProvProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"webServiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"forgotPasswordUrl"}},{"kind":"Field","name":{"kind":"Name","value":"customLoginUrl"}},{"kind":"Field","name":{"kind":"Name","value":"markEmailVerified"}},{"kind":"Field","name":{"kind":"Name","value":"enableSignInCookies"}},{"kind":"Field","name":{"kind":"Name","value":"failurePolicy"}},{"kind":"Field","name":{"kind":"Name","value":"defaultUserRole"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ldap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"hasServiceAccountPassword"}}]}}]}}]}}]} as unknown as DocumentNode<ProvProviderQuery, ProvProviderQueryVariables>;
export const ProvUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"hasSigningSecret"}},{"kind":"Field","name":{"kind":"Name","value":"webServiceUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvUpdateMutation, ProvUpdateMutationVariables>;
export const ProvCallConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvCallConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallConfigureMutation, ProvCallConfigureMutationVariables>;
export const ProvCallCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvCallCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallCreateFieldMutation, ProvCallCreateFieldMutationVariables>;
export const ProvCallCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvCallCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallCreateTemplateMutation, ProvCallCreateTemplateMutationVariables>;
export const ProvCallAddFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvCallAddField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallAddFieldMutation, ProvCallAddFieldMutationVariables>;
export const ProvCallSetTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvCallSetTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentCustomFieldTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentCustomFieldTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallSetTemplatesMutation, ProvCallSetTemplatesMutationVariables>;
export const ProvCallCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvCallCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallCreateDepartmentMutation, ProvCallCreateDepartmentMutationVariables>;
export const ProvCallSubmitTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvCallSubmitTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallSubmitTicketMutation, ProvCallSubmitTicketMutationVariables>;
export const ProvCallAgentViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvCallAgentView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallAgentViewQuery, ProvCallAgentViewQueryVariables>;
export const ProvCallDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvCallDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProviderKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"request"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallDeliveriesQuery, ProvCallDeliveriesQueryVariables>;
export const ProvCallFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvCallForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"step"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomFieldFormStep"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketSubmissionForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"step"},"value":{"kind":"Variable","name":{"kind":"Name","value":"step"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canStartTickets"}},{"kind":"Field","name":{"kind":"Name","value":"notAllowedMessage"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"listOptions"}}]}}]}}]}}]} as unknown as DocumentNode<ProvCallFormQuery, ProvCallFormQueryVariables>;
export const ProvCallTicketViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvCallTicketView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requesterDetailsHtml"}}]}}]}}]} as unknown as DocumentNode<ProvCallTicketViewQuery, ProvCallTicketViewQueryVariables>;
export const ProvAllowConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvAllowConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvAllowConfigureMutation, ProvAllowConfigureMutationVariables>;
export const ProvAllowCreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvAllowCreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ProvAllowCreateDepartmentMutation, ProvAllowCreateDepartmentMutationVariables>;
export const ProvAllowSubmitTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvAllowSubmitTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvAllowSubmitTicketMutation, ProvAllowSubmitTicketMutationVariables>;
export const ProvAllowDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvAllowDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"CUSTOM_FIELDS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"request"}}]}}]}}]}}]} as unknown as DocumentNode<ProvAllowDeliveriesQuery, ProvAllowDeliveriesQueryVariables>;
export const ProvSyncUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvSyncUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SyncUsersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"forcePasswordChange"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProvSyncUsersMutation, ProvSyncUsersMutationVariables>;
export const ProvSyncTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvSyncToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ProvSyncTokenMutation, ProvSyncTokenMutationVariables>;
export const RegRegisterUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegRegisterUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationMethod"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RegRegisterUserMutation, RegRegisterUserMutationVariables>;
export const RegLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegLoginMutation, RegLoginMutationVariables>;
export const RegConfigureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegConfigure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExternalProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExternalProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RegConfigureMutation, RegConfigureMutationVariables>;
export const RegCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegCreateFieldMutation, RegCreateFieldMutationVariables>;
export const RegUserValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegUserValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<RegUserValuesQuery, RegUserValuesQueryVariables>;
export const RegDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providerDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGISTRATION"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"request"}}]}}]}}]}}]} as unknown as DocumentNode<RegDeliveriesQuery, RegDeliveriesQueryVariables>;
export const RolePermCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolePermCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RolePermCreateMutation, RolePermCreateMutationVariables>;
export const RolePermSetRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RolePermSetRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccountRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccountRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RolePermSetRolesMutation, RolePermSetRolesMutationVariables>;
export const RolePermMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolePermMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]} as unknown as DocumentNode<RolePermMineQuery, RolePermMineQueryVariables>;
export const RolePermEffectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolePermEffective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectivePermissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}]}]}}]} as unknown as DocumentNode<RolePermEffectiveQuery, RolePermEffectiveQueryVariables>;
export const RolePermNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RolePermNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RolePermNodeQuery, RolePermNodeQueryVariables>;
export const RoleListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoleType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"predefined"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"usersCount"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"customActions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleListQuery, RoleListQueryVariables>;
export const RoleGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usersCount"}}]}}]}}]} as unknown as DocumentNode<RoleGetQuery, RoleGetQueryVariables>;
export const RoleCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permissionCatalog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"levels"}},{"kind":"Field","name":{"kind":"Name","value":"privileges"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"employeeOnly"}},{"kind":"Field","name":{"kind":"Name","value":"customActions"}},{"kind":"Field","name":{"kind":"Name","value":"customFlags"}},{"kind":"Field","name":{"kind":"Name","value":"dependencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"requires"}}]}},{"kind":"Field","name":{"kind":"Name","value":"levels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"actions"}},{"kind":"Field","name":{"kind":"Name","value":"permissionKeys"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleCatalogQuery, RoleCatalogQueryVariables>;
export const RoleCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"isCustom"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"customActions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RoleCreateMutation, RoleCreateMutationVariables>;
export const RoleUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RoleUpdateMutation, RoleUpdateMutationVariables>;
export const RoleDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RoleDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedRoleIds"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RoleDeleteMutation, RoleDeleteMutationVariables>;
export const RoleHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleHolderQuery, RoleHolderQueryVariables>;
export const SystemSecuritySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemSecuritySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bruteForceProtectionEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"maxFailedLoginAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lockoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPasswordLength"}},{"kind":"Field","name":{"kind":"Name","value":"requireNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"requireUppercase"}},{"kind":"Field","name":{"kind":"Name","value":"requireLowercase"}},{"kind":"Field","name":{"kind":"Name","value":"requireSymbol"}},{"kind":"Field","name":{"kind":"Name","value":"requirePasswordNotUsername"}},{"kind":"Field","name":{"kind":"Name","value":"disablePasswordStrengthForExistingPasswords"}}]}}]}}]} as unknown as DocumentNode<SystemSecuritySettingsQuery, SystemSecuritySettingsQueryVariables>;
export const SystemUpdateSecuritySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SystemUpdateSecuritySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSecuritySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSecuritySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"securitySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxFailedLoginAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lockoutMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumPasswordLength"}},{"kind":"Field","name":{"kind":"Name","value":"requireSymbol"}},{"kind":"Field","name":{"kind":"Name","value":"bruteForceProtectionEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SystemUpdateSecuritySettingsMutation, SystemUpdateSecuritySettingsMutationVariables>;
export const SetupStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installationStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}}]}}]}}]} as unknown as DocumentNode<SetupStatusQuery, SetupStatusQueryVariables>;
export const SetupInstallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetupInstall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetupInstallationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupInstallation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"installation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"administrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetupInstallMutation, SetupInstallMutationVariables>;
export const SetupMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPermissions"}}]}}]} as unknown as DocumentNode<SetupMeQuery, SetupMeQueryVariables>;
export const TktAdvSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktAdvSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketSearchCriteria"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketSortField"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"criteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}}},{"kind":"Argument","name":{"kind":"Name","value":"sortBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sortBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvSearchQuery, TktAdvSearchQueryVariables>;
export const TktAdvCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvCreateFieldMutation, TktAdvCreateFieldMutationVariables>;
export const TktAdvCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvCreateTemplateMutation, TktAdvCreateTemplateMutationVariables>;
export const TktAdvAddFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvAddField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvAddFieldMutation, TktAdvAddFieldMutationVariables>;
export const TktAdvSetTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvSetTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentCustomFieldTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentCustomFieldTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvSetTemplatesMutation, TktAdvSetTemplatesMutationVariables>;
export const TktAdvCreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvCreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvCreateGroupMutation, TktAdvCreateGroupMutationVariables>;
export const TktAdvCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvCommentMutation, TktAdvCommentMutationVariables>;
export const TktAdvStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvStatusMutation, TktAdvStatusMutationVariables>;
export const TktAdvDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAdvDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktAdvDeleteMutation, TktAdvDeleteMutationVariables>;
export const TktAttSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktAttSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAttachmentBytes"}}]}}]}}]} as unknown as DocumentNode<TktAttSettingsQuery, TktAttSettingsQueryVariables>;
export const TktAttUpdateSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAttUpdateSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxAttachmentBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktAttUpdateSettingsMutation, TktAttUpdateSettingsMutationVariables>;
export const TktAttAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAttAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktAttAddMutation, TktAttAddMutationVariables>;
export const TktAttReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAttReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktAttReplyMutation, TktAttReplyMutationVariables>;
export const TktAttFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktAttFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"contentBase64"}}]}}]}}]}}]} as unknown as DocumentNode<TktAttFilesQuery, TktAttFilesQueryVariables>;
export const TktAttMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktAttMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktAttMergeMutation, TktAttMergeMutationVariables>;
export const TktBulkUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktBulkUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUpdateTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUpdateTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktBulkUpdateMutation, TktBulkUpdateMutationVariables>;
export const TktBulkDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktBulkDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktBulkDeleteMutation, TktBulkDeleteMutationVariables>;
export const TktBulkPurgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktBulkPurge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurgeDeletedTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purgeDeletedTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktBulkPurgeMutation, TktBulkPurgeMutationVariables>;
export const TktCfCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfCreateFieldMutation, TktCfCreateFieldMutationVariables>;
export const TktCfCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfCreateTemplateMutation, TktCfCreateTemplateMutationVariables>;
export const TktCfAddFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfAddField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfAddFieldMutation, TktCfAddFieldMutationVariables>;
export const TktCfSetTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfSetTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentCustomFieldTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentCustomFieldTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfSetTemplatesMutation, TktCfSetTemplatesMutationVariables>;
export const TktCfCreateTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfCreateTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfCreateTicketMutation, TktCfCreateTicketMutationVariables>;
export const TktCfSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfSubmitMutation, TktCfSubmitMutationVariables>;
export const TktCfUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketHeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketHeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfUpdateMutation, TktCfUpdateMutationVariables>;
export const TktCfStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfStatusMutation, TktCfStatusMutationVariables>;
export const TktCfValuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktCfValues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfValuesQuery, TktCfValuesQueryVariables>;
export const TktCfMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCfMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktCfMergeMutation, TktCfMergeMutationVariables>;
export const TktEditCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditCommentMutation, TktEditCommentMutationVariables>;
export const TktEditViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktEditView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"requesterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktEditViewQuery, TktEditViewQueryVariables>;
export const TktEditStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditStatusMutation, TktEditStatusMutationVariables>;
export const TktEditPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditPriorityMutation, TktEditPriorityMutationVariables>;
export const TktEditPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketPinnedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketPinned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditPinMutation, TktEditPinMutationVariables>;
export const TktEditHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketHeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketHeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"requesterEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditHeaderMutation, TktEditHeaderMutationVariables>;
export const TktEditReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditReplyMutation, TktEditReplyMutationVariables>;
export const TktEditComposingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditComposing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markComposing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditComposingMutation, TktEditComposingMutationVariables>;
export const TktEditFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditFollowUpMutation, TktEditFollowUpMutationVariables>;
export const TktEditRemoveFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEditRemoveFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEditRemoveFollowUpMutation, TktEditRemoveFollowUpMutationVariables>;
export const TktEvReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvReplyMutation, TktEvReplyMutationVariables>;
export const TktEvMyReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvMyReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToMyTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToMyTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvMyReplyMutation, TktEvMyReplyMutationVariables>;
export const TktEvCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvCommentMutation, TktEvCommentMutationVariables>;
export const TktEvStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvStatusMutation, TktEvStatusMutationVariables>;
export const TktEvPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvPriorityMutation, TktEvPriorityMutationVariables>;
export const TktEvTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvTransferMutation, TktEvTransferMutationVariables>;
export const TktEvTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvTake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvTakeMutation, TktEvTakeMutationVariables>;
export const TktEvReleaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvRelease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseTicketToQueueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseTicketToQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvReleaseMutation, TktEvReleaseMutationVariables>;
export const TktEvMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvMergeMutation, TktEvMergeMutationVariables>;
export const TktEvFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvFollowUpMutation, TktEvFollowUpMutationVariables>;
export const TktEvDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvDeleteMutation, TktEvDeleteMutationVariables>;
export const TktEvRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktEvRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktEvRestoreMutation, TktEvRestoreMutationVariables>;
export const TktTimerFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktTimerFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktTimerFollowUpMutation, TktTimerFollowUpMutationVariables>;
export const TktTimerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktTimerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktTimerStatusQuery, TktTimerStatusQueryVariables>;
export const TktCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"countsTowardLimit"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktCreateMutation, TktCreateMutationVariables>;
export const TktGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ticketNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAt"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"oldValue"}},{"kind":"Field","name":{"kind":"Name","value":"newValue"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktGetQuery, TktGetQueryVariables>;
export const TktReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktReplyMutation, TktReplyMutationVariables>;
export const TktMyReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktMyReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToMyTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToMyTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktMyReplyMutation, TktMyReplyMutationVariables>;
export const TktStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktStatusMutation, TktStatusMutationVariables>;
export const TktTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktTransferMutation, TktTransferMutationVariables>;
export const TktMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textBody"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktMergeMutation, TktMergeMutationVariables>;
export const TktFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktFollowUpMutation, TktFollowUpMutationVariables>;
export const TktDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktDeleteMutation, TktDeleteMutationVariables>;
export const TktRestoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktRestore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktRestoreMutation, TktRestoreMutationVariables>;
export const TktPermCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermCreateMutation, TktPermCreateMutationVariables>;
export const TktPermReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermReplyMutation, TktPermReplyMutationVariables>;
export const TktPermCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermCommentMutation, TktPermCommentMutationVariables>;
export const TktPermStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermStatusMutation, TktPermStatusMutationVariables>;
export const TktPermPriorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermPriority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketPriorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketPriority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermPriorityMutation, TktPermPriorityMutationVariables>;
export const TktPermPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetTicketPinnedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTicketPinned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermPinMutation, TktPermPinMutationVariables>;
export const TktPermHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketHeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketHeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermHeaderMutation, TktPermHeaderMutationVariables>;
export const TktPermMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermMergeMutation, TktPermMergeMutationVariables>;
export const TktPermFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermFollowUpMutation, TktPermFollowUpMutationVariables>;
export const TktPermListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktPermList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<TktPermListQuery, TktPermListQueryVariables>;
export const TktPermAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermAttachMutation, TktPermAttachMutationVariables>;
export const TktPermTimeLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermTimeLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketTimeLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketTimeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermTimeLogMutation, TktPermTimeLogMutationVariables>;
export const TktPermLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermLinkMutation, TktPermLinkMutationVariables>;
export const TktPermComposingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermComposing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markComposing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermComposingMutation, TktPermComposingMutationVariables>;
export const TktPermBulkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPermBulk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUpdateTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUpdateTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPermBulkMutation, TktPermBulkMutationVariables>;
export const TktPortalSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"requesterEmail"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalSubmitMutation, TktPortalSubmitMutationVariables>;
export const TktPortalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktPortalQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalQueueQuery, TktPortalQueueQueryVariables>;
export const TktPortalGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktPortalGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TktPortalGetQuery, TktPortalGetQueryVariables>;
export const TktPortalListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktPortalList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalListQuery, TktPortalListQueryVariables>;
export const TktPortalCreateFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalCreateField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customField"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalCreateFieldMutation, TktPortalCreateFieldMutationVariables>;
export const TktPortalCreateTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalCreateTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCustomFieldTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCustomFieldTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalCreateTemplateMutation, TktPortalCreateTemplateMutationVariables>;
export const TktPortalAddFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalAddField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTemplateFieldInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTemplateField"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalAddFieldMutation, TktPortalAddFieldMutationVariables>;
export const TktPortalSetTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalSetTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDepartmentCustomFieldTemplatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDepartmentCustomFieldTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalSetTemplatesMutation, TktPortalSetTemplatesMutationVariables>;
export const TktPortalAddLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalAddLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketTimeLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketTimeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalAddLogMutation, TktPortalAddLogMutationVariables>;
export const TktPortalAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketAttachmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalAttachMutation, TktPortalAttachMutationVariables>;
export const TktPortalLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalLinkMutation, TktPortalLinkMutationVariables>;
export const TktPortalMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktPortalMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPortalTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalMineQuery, TktPortalMineQueryVariables>;
export const TktPortalDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktPortalDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketIdsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktPortalDeleteMutation, TktPortalDeleteMutationVariables>;
export const TktSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<TktSearchQuery, TktSearchQueryVariables>;
export const TktSearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktSearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TicketSearchCriteria"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"widget","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"criteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastMessage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"textBody"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktSearchPageQuery, TktSearchPageQueryVariables>;
export const TktSubTicketChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TktSubTicketChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"commentId"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedAgent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktSubTicketChangedSubscription, TktSubTicketChangedSubscriptionVariables>;
export const TktSubMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TktSubMine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTicketsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"inList"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TktSubMineSubscription, TktSubMineSubscriptionVariables>;
export const TktSubQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TktSubQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentQueueChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"inList"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<TktSubQueueSubscription, TktSubQueueSubscriptionVariables>;
export const TktSubCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktSubComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketCommentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktSubCommentMutation, TktSubCommentMutationVariables>;
export const TktSubReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktSubReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktSubReplyMutation, TktSubReplyMutationVariables>;
export const TktSubTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktSubTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktSubTransferMutation, TktSubTransferMutationVariables>;
export const TktSubTakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktSubTake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TakeTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"takeTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktSubTakeMutation, TktSubTakeMutationVariables>;
export const TktLogCreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogCreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTimeLogCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTimeLogCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogCreateCategoryMutation, TktLogCreateCategoryMutationVariables>;
export const TktLogRenameCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogRenameCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeLogCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeLogCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogRenameCategoryMutation, TktLogRenameCategoryMutationVariables>;
export const TktLogDeleteCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogDeleteCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTimeLogCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCategoryId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogDeleteCategoryMutation, TktLogDeleteCategoryMutationVariables>;
export const TktLogAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddTicketTimeLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addTicketTimeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogAddMutation, TktLogAddMutationVariables>;
export const TktLogUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTicketTimeLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTicketTimeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogUpdateMutation, TktLogUpdateMutationVariables>;
export const TktLogDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeLogId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTicketTimeLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeLogId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeLogId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedTimeLogId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogDeleteMutation, TktLogDeleteMutationVariables>;
export const TktLogTabsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktLogTabs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktLogTabsQuery, TktLogTabsQueryVariables>;
export const TktLogLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogLinkMutation, TktLogLinkMutationVariables>;
export const TktLogUnlinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktLogUnlink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkTicketsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkTickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktLogUnlinkMutation, TktLogUnlinkMutationVariables>;
export const TktTimingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktTimingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeTicketStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeTicketStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktTimingStatusMutation, TktTimingStatusMutationVariables>;
export const TktTimingStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktTimingState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]} as unknown as DocumentNode<TktTimingStateQuery, TktTimingStateQueryVariables>;
export const TktTimingDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktTimingDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktTimingDepartmentMutation, TktTimingDepartmentMutationVariables>;
export const TktViewersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TktViewers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketViewersChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketId"}},{"kind":"Field","name":{"kind":"Name","value":"viewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewing"}},{"kind":"Field","name":{"kind":"Name","value":"replying"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktViewersSubscription, TktViewersSubscriptionVariables>;
export const TktViewersFieldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TktViewersField"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewing"}},{"kind":"Field","name":{"kind":"Name","value":"replying"}},{"kind":"Field","name":{"kind":"Name","value":"devices"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TktViewersFieldQuery, TktViewersFieldQueryVariables>;
export const TktViewersComposeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktViewersCompose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markComposing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ticketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ticketId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktViewersComposeMutation, TktViewersComposeMutationVariables>;
export const TktViewersReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TktViewersReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToTicketInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToTicket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<TktViewersReplyMutation, TktViewersReplyMutationVariables>;