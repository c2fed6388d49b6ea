import { BeforeCreate, Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import type { EventArgs, Rel } from "@mikro-orm/core";
import { Field, ObjectType } from "type-graphql";
import { BaseEntity } from "../../core/db/base.entity.js";
import { Node } from "../../core/graphql/node.js";
import { PredefinedRole, Role } from "../roles/index.js";
import { defaultBusinessHours } from "./business-hours.js";
import type { StoredDay } from "./business-hours.js";

/** Brand properties that reference a role; null means Nobody (spec seed-D "Role-ref"). */
export type BrandRoleRef =
  | "viewCommunityRole"
  | "createCommunityThreadsRole"
  | "postLinksInPortalRole"
  | "viewTicketsRole"
  | "viewNewsRole"
  | "viewKbArticlesRole";

/**
 * Role a new brand starts with per Permissions field. Only Post Links in Portal has a documented default
 * (002 L5805); the others are our reading: public content for Everyone, own tickets and new Community
 * threads for registered users.
 */
export const BRAND_ROLE_DEFAULTS: Record<BrandRoleRef, PredefinedRole> = {
  viewCommunityRole: PredefinedRole.EVERYONE,
  createCommunityThreadsRole: PredefinedRole.REGISTERED_USER,
  postLinksInPortalRole: PredefinedRole.REGISTERED_USER_VERIFIED_EMAIL,
  viewTicketsRole: PredefinedRole.REGISTERED_USER,
  viewNewsRole: PredefinedRole.EVERYONE,
  viewKbArticlesRole: PredefinedRole.EVERYONE,
};

/**
 * The top level of the organization (002 L5746-5796). Options fields are GraphQL fields here; the other tabs
 * are exposed as nested objects (brand.types.ts) read from the same row.
 */
@ObjectType({ implements: Node, description: "A brand: the top level of the organization (002 L5746)." })
@Entity({ tableName: "brand" })
@Index({
  name: "brand_single_default",
  expression: 'create unique index "brand_single_default" on "brand" ("is_default") where "is_default"',
})
export class Brand extends BaseEntity {
  // Options (002 L5769-5796)
  @Field({ description: "Brand Name: a company, product or division name." })
  @Property({ length: 255 })
  name!: string;

  @Field(() => [String], {
    description:
      "Host Headers: the host names whose portal shows this brand; unique across brands and fixed once " +
      "the brand is created (002 L5774).",
  })
  @Property({ type: "text[]" })
  hostHeaders: string[] = [];

  @Field({ description: "The default brand (exactly one); it cannot be deleted." })
  @Property({ default: false })
  isDefault: boolean = false;

  @Field(() => String, { nullable: true, description: "Company Website: URL of the brand's main site." })
  @Property({ length: 500, nullable: true })
  companyWebsite?: string | null;

  @Field({ description: "Enable Cookie Disclaimer: shows the cookie disclaimer on the portal." })
  @Property({ default: false })
  enableCookieDisclaimer: boolean = false;

  @Field(() => String, {
    nullable: true,
    description: "Default Font: font family for items created for the brand (messages, KB articles).",
  })
  @Property({ length: 255, nullable: true })
  defaultFont?: string | null;

  @Field(() => String, { nullable: true, description: "Google Analytics Site ID." })
  @Property({ length: 64, nullable: true })
  googleAnalyticsSiteId?: string | null;

  @Field({ description: "Display logo on portal: shows the company logo on the portal Home page." })
  @Property({ default: true })
  displayLogoOnPortal: boolean = true;

  // Permissions (002 L5798-5818): null role = Nobody.
  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  viewCommunityRole?: Rel<Role> | null;

  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  createCommunityThreadsRole?: Rel<Role> | null;

  @Property({ type: "integer", default: 3 })
  minimumPostsToPostLinks: number = 3;

  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  postLinksInPortalRole?: Rel<Role> | null;

  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  viewTicketsRole?: Rel<Role> | null;

  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  viewNewsRole?: Rel<Role> | null;

  @ManyToOne(() => Role, { nullable: true, deleteRule: "set null" })
  viewKbArticlesRole?: Rel<Role> | null;

  @Property({ default: true })
  usersCanChangeDisplayName: boolean = true;

  @Property({ default: true })
  usersCanChangeEmailAddress: boolean = true;

  @Property({ default: true })
  usersCanChangePassword: boolean = true;

  @Property({ default: true })
  usersCanChangeProfileInformation: boolean = true;

  @Property({ default: true })
  usersCanUploadCustomAvatars: boolean = true;

  @Property({ default: true })
  newFeedbackStartsModerated: boolean = true;

  @Property({ default: true })
  requireApprovalForCustomAvatars: boolean = true;

  // Portal (002 L5820-5844)
  @Property({ default: true })
  displayLiveChatInPortal: boolean = true;

  @Property({ default: true })
  displaySocialNetworkLinks: boolean = true;

  @Property({ default: true })
  displaySendTicketListByEmail: boolean = true;

  @Property({ default: true })
  enableLoginForm: boolean = true;

  @Property({ default: true })
  enableNewUserRegistration: boolean = true;

  @Property({ default: false })
  enableGravatar: boolean = false;

  @Property({ default: true })
  enableKbArticleVoting: boolean = true;

  @Property({ length: 500, nullable: true })
  privacyPolicyUrl?: string | null;

  @Property({ default: false })
  privacyPolicyEnabled: boolean = false;

  @Property({ length: 7, default: "#F1F1F1" })
  primaryColor: string = "#F1F1F1";

  @Property({ length: 7, default: "#BBBBBB" })
  secondaryColor: string = "#BBBBBB";

  @Property({ length: 7, default: "#3A87AD" })
  primaryButtonColor: string = "#3A87AD";

  @Property({ length: 7, default: "#666666" })
  secondaryButtonColor: string = "#666666";

  @Property({ length: 7, default: "#FFFFFF" })
  buttonTextColor: string = "#FFFFFF";

  @Property({ length: 7, default: "#FFFFFF" })
  contentBackgroundColor: string = "#FFFFFF";

  @Property({ length: 7, default: "#545454" })
  navigationBarColor: string = "#545454";

  @Property({ length: 7, default: "#333333" })
  textColor: string = "#333333";

  @Property({ length: 7, default: "#006693" })
  linkColor: string = "#006693";

  @Property({ type: "text", nullable: true })
  customCss?: string | null;

  // Cookie Disclaimer (002 L5846-5856)
  @Property({ type: "text", nullable: true })
  cookieDisclaimerText?: string | null;

  @Property({ length: 7, default: "#237AFC" })
  cookieDisclaimerPrimaryColor: string = "#237AFC";

  @Property({ length: 7, default: "#FFFFFF" })
  cookieDisclaimerSecondaryColor: string = "#FFFFFF";

  // Custom Messages (002 L5912-5917)
  @Property({ type: "text", nullable: true })
  mainPortalAnnouncement?: string | null;

  @Property({ type: "text", nullable: true })
  additionalPortalFooter?: string | null;

  // Business Hours (002 L5900-5906)
  @Property({ type: "jsonb" })
  businessHours: StoredDay[] = defaultBusinessHours();

  /**
   * Whoever creates a brand (first-run setup included) gets the default Permissions roles for the role
   * fields it left unset; an explicit null (Nobody) is kept. Raw SQL on the flush's own transaction, because
   * a query through the ORM is not allowed mid-flush and the embedded database has a single connection.
   */
  @BeforeCreate()
  async applyDefaultRoles(args: EventArgs<Brand>): Promise<void> {
    const unset = (Object.keys(BRAND_ROLE_DEFAULTS) as BrandRoleRef[]).filter((p) => this[p] === undefined);
    if (!unset.length) return;
    const rows: Array<{ id: string; predefined: string }> = await args.em
      .getConnection()
      .execute(
        "select id, predefined from role where predefined is not null",
        [],
        "all",
        args.em.getTransactionContext(),
      );
    const ids = new Map(rows.map((r) => [r.predefined, r.id]));
    for (const prop of unset) {
      const id = ids.get(BRAND_ROLE_DEFAULTS[prop]);
      this[prop] = id ? (args.em.getReference(Role, id) as Role) : null;
    }
  }
}
