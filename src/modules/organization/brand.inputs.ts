import { Field, ID, InputType, Int } from "type-graphql";
import { BusinessHoursDayInput } from "./business-hours.js";

/*
 * Update inputs: an omitted field keeps its value; null clears a nullable one (a null role = Nobody).
 */

@InputType({
  description: "A new brand, as the New Brand modal (002 L5754); the other tabs follow with updateBrand.",
})
export class CreateBrandInput {
  @Field({ description: "Brand Name." })
  name!: string;

  @Field(() => [String], {
    description: "Host Headers: at least one host name, unused by other brands; fixed once created.",
  })
  hostHeaders!: string[];
}

@InputType({ description: "Brand Options tab (002 L5769-5796)." })
export class BrandOptionsInput {
  @Field({ nullable: true, description: "Brand Name." })
  name?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      "Host Headers cannot be edited after creation (002 L5774): any set other than the current one is " +
      "refused with IMMUTABLE.",
  })
  hostHeaders?: string[] | null;

  @Field(() => String, { nullable: true, description: "Company Website (http or https URL)." })
  companyWebsite?: string | null;

  @Field({ nullable: true, description: "Enable Cookie Disclaimer." })
  enableCookieDisclaimer?: boolean;

  @Field(() => String, { nullable: true, description: "Default Font (font family)." })
  defaultFont?: string | null;

  @Field(() => String, { nullable: true, description: "Google Analytics Site ID." })
  googleAnalyticsSiteId?: string | null;

  @Field({ nullable: true, description: "Display logo on portal." })
  displayLogoOnPortal?: boolean;
}

@InputType({ description: "Brand Permissions tab (002 L5798-5818); role ids, null = Nobody." })
export class BrandPermissionsInput {
  @Field(() => ID, { nullable: true, description: "View Community: role to view and reply to threads." })
  viewCommunityRoleId?: string | null;

  @Field(() => ID, { nullable: true, description: "Create Community Threads: role to start threads." })
  createCommunityThreadsRoleId?: string | null;

  @Field(() => Int, { nullable: true, description: "Minimum Posts to Post Links (at least 0)." })
  minimumPostsToPostLinks?: number;

  @Field(() => ID, { nullable: true, description: "Post Links in Portal: role allowed to post links." })
  postLinksInPortalRoleId?: string | null;

  @Field(() => ID, { nullable: true, description: "View Ticket Requires: role to view tickets." })
  viewTicketsRoleId?: string | null;

  @Field(() => ID, { nullable: true, description: "View News Requires: role to view news." })
  viewNewsRoleId?: string | null;

  @Field(() => ID, { nullable: true, description: "View KB Articles Requires: role to view articles." })
  viewKbArticlesRoleId?: string | null;

  @Field({ nullable: true, description: "Users can change display name." })
  usersCanChangeDisplayName?: boolean;

  @Field({ nullable: true, description: "Users can change email address." })
  usersCanChangeEmailAddress?: boolean;

  @Field({ nullable: true, description: "Users can change password." })
  usersCanChangePassword?: boolean;

  @Field({ nullable: true, description: "Users can change profile information." })
  usersCanChangeProfileInformation?: boolean;

  @Field({ nullable: true, description: "Users can upload custom avatars." })
  usersCanUploadCustomAvatars?: boolean;

  @Field({ nullable: true, description: "New feedback starts out moderated." })
  newFeedbackStartsModerated?: boolean;

  @Field({ nullable: true, description: "Require approval for custom avatars." })
  requireApprovalForCustomAvatars?: boolean;
}

@InputType({ description: "Brand Portal tab (002 L5820-5844); colours are #RRGGBB." })
export class BrandPortalInput {
  @Field({ nullable: true, description: "Display live chat in portal." })
  displayLiveChatInPortal?: boolean;

  @Field({ nullable: true, description: "Display social network links." })
  displaySocialNetworkLinks?: boolean;

  @Field({ nullable: true, description: "Display option to send ticket list by email in portal." })
  displaySendTicketListByEmail?: boolean;

  @Field({ nullable: true, description: "Enable login form." })
  enableLoginForm?: boolean;

  @Field({ nullable: true, description: "Enable new user registration." })
  enableNewUserRegistration?: boolean;

  @Field({ nullable: true, description: "Enable Gravatar support for automatic avatars." })
  enableGravatar?: boolean;

  @Field({ nullable: true, description: "Enable voting for knowledge base articles." })
  enableKbArticleVoting?: boolean;

  @Field(() => String, { nullable: true, description: "Ticket and Chat Privacy Policy URL." })
  privacyPolicyUrl?: string | null;

  @Field({ nullable: true, description: "Require consent to the privacy policy (needs a URL)." })
  privacyPolicyEnabled?: boolean;

  @Field({ nullable: true, description: "Primary Color." })
  primaryColor?: string;

  @Field({ nullable: true, description: "Secondary Color." })
  secondaryColor?: string;

  @Field({ nullable: true, description: "Primary Button Color." })
  primaryButtonColor?: string;

  @Field({ nullable: true, description: "Secondary Button Color." })
  secondaryButtonColor?: string;

  @Field({ nullable: true, description: "Button Text Color." })
  buttonTextColor?: string;

  @Field({ nullable: true, description: "Content Background Color." })
  contentBackgroundColor?: string;

  @Field({ nullable: true, description: "Navigation Bar Color." })
  navigationBarColor?: string;

  @Field({ nullable: true, description: "Text Color." })
  textColor?: string;

  @Field({ nullable: true, description: "Link Color." })
  linkColor?: string;

  @Field(() => String, { nullable: true, description: "Custom CSS Style Overrides." })
  customCss?: string | null;
}

@InputType({ description: "Brand Cookie Disclaimer tab (002 L5846-5856)." })
export class BrandCookieDisclaimerInput {
  @Field(() => String, { nullable: true, description: "Disclaimer text (HTML)." })
  text?: string | null;

  @Field({ nullable: true, description: "Disclaimer Modal Primary Color." })
  primaryColor?: string;

  @Field({ nullable: true, description: "Disclaimer Modal Secondary Color." })
  secondaryColor?: string;
}

@InputType({ description: "Brand Custom Messages tab (002 L5912-5917)." })
export class BrandCustomMessagesInput {
  @Field(() => String, { nullable: true, description: "Main Portal Announcement (HTML)." })
  mainPortalAnnouncement?: string | null;

  @Field(() => String, { nullable: true, description: "Additional Footer for Portal (HTML)." })
  additionalPortalFooter?: string | null;
}

@InputType({ description: "Changes a brand's settings, tab by tab; omitted tabs are unchanged." })
export class UpdateBrandInput {
  @Field(() => ID, { description: "The brand." })
  id!: string;

  @Field(() => BrandOptionsInput, { nullable: true, description: "Options tab." })
  options?: BrandOptionsInput | null;

  @Field(() => BrandPermissionsInput, { nullable: true, description: "Permissions tab." })
  permissions?: BrandPermissionsInput | null;

  @Field(() => BrandPortalInput, { nullable: true, description: "Portal tab." })
  portal?: BrandPortalInput | null;

  @Field(() => BrandCookieDisclaimerInput, { nullable: true, description: "Cookie Disclaimer tab." })
  cookieDisclaimer?: BrandCookieDisclaimerInput | null;

  @Field(() => BrandCustomMessagesInput, { nullable: true, description: "Custom Messages tab." })
  customMessages?: BrandCustomMessagesInput | null;
}

@InputType({ description: "Identifies a brand." })
export class BrandIdInput {
  @Field(() => ID, { description: "The brand." })
  id!: string;
}

@InputType({ description: "Sets weekdays of a brand's business hours; days not listed keep their hours." })
export class SetBrandBusinessHoursInput {
  @Field(() => ID, { description: "The brand." })
  brandId!: string;

  @Field(() => [BusinessHoursDayInput], { description: "The days to set." })
  days!: BusinessHoursDayInput[];
}

@InputType({ description: "A new holiday of a brand." })
export class AddBrandHolidayInput {
  @Field(() => ID, { description: "The brand." })
  brandId!: string;

  @Field({ description: "Name of the holiday." })
  name!: string;

  @Field({ description: "The day, YYYY-MM-DD; one holiday per day." })
  date!: string;
}

@InputType({ description: "Identifies a holiday to remove." })
export class RemoveHolidayInput {
  @Field(() => ID, { description: "The holiday." })
  id!: string;
}
