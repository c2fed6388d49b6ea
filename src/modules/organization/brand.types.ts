import { createHash } from "node:crypto";
import { Field, Int, ObjectType } from "type-graphql";
import type { Brand } from "./brand.entity.js";

/*
 * The brand's tabs as nested objects. Each resolves from the Brand row itself (the brand resolver returns the
 * entity as the tab object), so their field names are the entity's property names.
 */

@ObjectType({
  description:
    "Brand Permissions tab (002 L5798-5818): who may do what on the portal. A null role means Nobody.",
})
export class BrandPermissions {
  @Field(() => Int, {
    description: "Minimum Posts to Post Links: Community posts before a user's links are clickable.",
  })
  minimumPostsToPostLinks!: number;

  @Field({ description: "Users can change display name." })
  usersCanChangeDisplayName!: boolean;

  @Field({ description: "Users can change email address." })
  usersCanChangeEmailAddress!: boolean;

  @Field({ description: "Users can change password." })
  usersCanChangePassword!: boolean;

  @Field({
    description: "Users can change profile information (phone numbers, address, time zone, language).",
  })
  usersCanChangeProfileInformation!: boolean;

  @Field({ description: "Users can upload custom avatars." })
  usersCanUploadCustomAvatars!: boolean;

  @Field({ description: "New feedback starts out moderated: KB feedback waits for approval." })
  newFeedbackStartsModerated!: boolean;

  @Field({ description: "Require approval for custom avatars." })
  requireApprovalForCustomAvatars!: boolean;
}

@ObjectType({ description: "Brand Portal tab (002 L5820-5844): what the portal offers and how it looks." })
export class BrandPortal {
  @Field({ description: "Display live chat in portal." })
  displayLiveChatInPortal!: boolean;

  @Field({ description: "Display social network links for sharing KB articles and news." })
  displaySocialNetworkLinks!: boolean;

  @Field({ description: "Display option to send ticket list by email in portal." })
  displaySendTicketListByEmail!: boolean;

  @Field({ description: "Enable login form; when off, staff sign in through the management interface." })
  enableLoginForm!: boolean;

  @Field({ description: "Enable new user registration." })
  enableNewUserRegistration!: boolean;

  @Field({ description: "Enable Gravatar support for automatic avatars." })
  enableGravatar!: boolean;

  @Field({ description: "Enable voting for knowledge base articles." })
  enableKbArticleVoting!: boolean;

  @Field(() => String, { nullable: true, description: "Ticket and Chat Privacy Policy URL." })
  privacyPolicyUrl!: string | null;

  @Field({
    description: "When on (and a URL is set), ticket and chat submission requires the user's consent.",
  })
  privacyPolicyEnabled!: boolean;

  @Field({ description: "Primary Color (default #F1F1F1)." })
  primaryColor!: string;

  @Field({ description: "Secondary Color (default #BBBBBB)." })
  secondaryColor!: string;

  @Field({ description: "Primary Button Color (default #3A87AD)." })
  primaryButtonColor!: string;

  @Field({ description: "Secondary Button Color (default #666666)." })
  secondaryButtonColor!: string;

  @Field({ description: "Button Text Color (default #FFFFFF)." })
  buttonTextColor!: string;

  @Field({ description: "Content Background Color (default #FFFFFF)." })
  contentBackgroundColor!: string;

  @Field({ description: "Navigation Bar Color (default #545454)." })
  navigationBarColor!: string;

  @Field({ description: "Text Color (default #333333)." })
  textColor!: string;

  @Field({ description: "Link Color (default #006693)." })
  linkColor!: string;

  @Field(() => String, { nullable: true, description: "Custom CSS Style Overrides; null = default styles." })
  customCss!: string | null;
}

@ObjectType({ description: "Brand Cookie Disclaimer tab (002 L5846-5856)." })
export class BrandCookieDisclaimer {
  @Field({ description: "Shown on the portal only when the brand's enableCookieDisclaimer is on." })
  enabled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Privacy, Cookie and Terms of Service Disclaimer (HTML).",
  })
  text!: string | null;

  @Field({ description: "Disclaimer Modal Primary Color: modal background (default #237AFC)." })
  primaryColor!: string;

  @Field({ description: "Disclaimer Modal Secondary Color: text (default #FFFFFF)." })
  secondaryColor!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Changes whenever the text changes: a visitor's acceptance expires after a year or when this " +
      "version differs from the one accepted (002 L5852).",
  })
  version!: string | null;
}

export function cookieDisclaimerOf(brand: Brand): BrandCookieDisclaimer {
  const text = brand.cookieDisclaimerText ?? null;
  return {
    enabled: brand.enableCookieDisclaimer,
    text,
    primaryColor: brand.cookieDisclaimerPrimaryColor,
    secondaryColor: brand.cookieDisclaimerSecondaryColor,
    version: text === null ? null : createHash("sha256").update(text).digest("hex").slice(0, 16),
  };
}

@ObjectType({ description: "Brand Custom Messages tab (002 L5912-5917), HTML shown on the portal." })
export class BrandCustomMessages {
  @Field(() => String, {
    nullable: true,
    description: "Main Portal Announcement: top of the portal home page's main content.",
  })
  mainPortalAnnouncement!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Additional Footer for Portal: top of the portal footer.",
  })
  additionalPortalFooter!: string | null;
}
