import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminSession } from "../../core/testing/fixtures.js";
import { graphql } from "../../core/testing/gql/index.js";
import { startTestServer } from "../../core/testing/test-server.js";
import type { TestServer } from "../../core/testing/test-server.js";
import { orgFingerprint } from "./testing.js";

const BrandFields = graphql(`
  query OrgBrandRead($id: ID!) {
    brand(id: $id) {
      id
      name
      hostHeaders
      isDefault
      companyWebsite
      enableCookieDisclaimer
      defaultFont
      googleAnalyticsSiteId
      displayLogoOnPortal
      permissions {
        minimumPostsToPostLinks
        usersCanChangePassword
        newFeedbackStartsModerated
        viewCommunityRole {
          predefined
        }
        postLinksInPortalRole {
          predefined
        }
        viewTicketsRole {
          id
          predefined
        }
      }
      portal {
        primaryColor
        secondaryColor
        primaryButtonColor
        secondaryButtonColor
        buttonTextColor
        contentBackgroundColor
        navigationBarColor
        textColor
        linkColor
        customCss
        privacyPolicyUrl
        privacyPolicyEnabled
        displayLiveChatInPortal
      }
      cookieDisclaimer {
        enabled
        text
        primaryColor
        secondaryColor
        version
      }
      customMessages {
        mainPortalAnnouncement
        additionalPortalFooter
      }
      businessHours {
        dayOfWeek
        start
        end
        closed
      }
      holidays {
        id
        name
        date
      }
    }
  }
`);

const Brands = graphql(`
  query OrgBrandList {
    brands(first: 10) {
      totalCount
      nodes {
        id
        name
        isDefault
      }
    }
  }
`);

const Create = graphql(`
  mutation OrgBrandCreate($input: CreateBrandInput!) {
    createBrand(input: $input) {
      brand {
        id
        name
        hostHeaders
        isDefault
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Update = graphql(`
  mutation OrgBrandUpdate($input: UpdateBrandInput!) {
    updateBrand(input: $input) {
      brand {
        id
        name
        companyWebsite
        permissions {
          minimumPostsToPostLinks
          viewTicketsRole {
            predefined
          }
          viewNewsRole {
            predefined
          }
        }
        portal {
          primaryColor
          privacyPolicyEnabled
        }
        cookieDisclaimer {
          text
          version
        }
        customMessages {
          mainPortalAnnouncement
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

describe("brands", () => {
  let t: TestServer;
  let token: string;
  let defaultBrandId: string;

  beforeAll(async () => {
    t = await startTestServer("org_brands");
    const admin = await adminSession(t);
    token = admin.token;
    defaultBrandId = admin.brandId;
  });
  afterAll(async () => {
    await t?.stop();
  });

  const codes = (errors: Array<{ code: string; field?: string[] | null }>) =>
    errors.map((e) => [e.code, e.field?.join(".")]);

  it("gives the default brand from setup the documented defaults", async () => {
    const { brand } = await t.ok(BrandFields, { id: defaultBrandId }, token);
    expect(brand).toMatchObject({ isDefault: true, hostHeaders: [], displayLogoOnPortal: true });
    expect(brand.portal).toMatchObject({
      primaryColor: "#F1F1F1",
      secondaryColor: "#BBBBBB",
      primaryButtonColor: "#3A87AD",
      secondaryButtonColor: "#666666",
      buttonTextColor: "#FFFFFF",
      contentBackgroundColor: "#FFFFFF",
      navigationBarColor: "#545454",
      textColor: "#333333",
      linkColor: "#006693",
      customCss: null,
      privacyPolicyEnabled: false,
      displayLiveChatInPortal: true,
    });
    expect(brand.cookieDisclaimer).toMatchObject({
      enabled: false,
      primaryColor: "#237AFC",
      secondaryColor: "#FFFFFF",
      version: null,
    });
    expect(brand.permissions).toMatchObject({
      minimumPostsToPostLinks: 3,
      usersCanChangePassword: true,
      newFeedbackStartsModerated: true,
      viewCommunityRole: { predefined: "EVERYONE" },
      postLinksInPortalRole: { predefined: "REGISTERED_USER_VERIFIED_EMAIL" },
    });
    expect(brand.businessHours).toHaveLength(7);
    expect(brand.businessHours[0]).toEqual({
      dayOfWeek: "MONDAY",
      start: "09:00",
      end: "17:00",
      closed: false,
    });
    expect(brand.businessHours[6]).toEqual({ dayOfWeek: "SUNDAY", start: null, end: null, closed: true });
  });

  let brandId: string;

  it("creates a brand with normalised, unique host headers", async () => {
    const data = await t.ok(
      Create,
      {
        input: {
          name: " Fresh Styles ",
          hostHeaders: ["Help.FreshStyles.example", "help.freshstyles.example."],
        },
      },
      token,
    );
    expect(data.createBrand.userErrors).toEqual([]);
    expect(data.createBrand.brand).toMatchObject({
      name: "Fresh Styles",
      hostHeaders: ["help.freshstyles.example"],
      isDefault: false,
    });
    brandId = data.createBrand.brand!.id;
    const list = await t.ok(Brands, undefined, token);
    expect(list.brands.totalCount).toBe(2);
    expect(list.brands.nodes[0]!.isDefault).toBe(true);
  });

  it("refuses a host header used by another brand (TAKEN), bad host names and none at all", async () => {
    const before = await orgFingerprint(t);
    const taken = await t.ok(
      Create,
      { input: { name: "Copy", hostHeaders: ["other.example", "HELP.freshstyles.example"] } },
      token,
    );
    expect(codes(taken.createBrand.userErrors)).toEqual([["TAKEN", "input.hostHeaders"]]);
    const bad = await t.ok(Create, { input: { name: "", hostHeaders: ["not a host", "-x.example"] } }, token);
    expect(codes(bad.createBrand.userErrors)).toEqual([
      ["REQUIRED", "input.name"],
      ["INVALID", "input.hostHeaders.0"],
      ["INVALID", "input.hostHeaders.1"],
    ]);
    const none = await t.ok(Create, { input: { name: "X", hostHeaders: [] } }, token);
    expect(codes(none.createBrand.userErrors)).toEqual([["REQUIRED", "input.hostHeaders"]]);
    expect(await orgFingerprint(t)).toEqual(before);
  });

  it("only one of two concurrent creations claims a host header", async () => {
    const results = await Promise.all(
      ["A", "B"].map((name) =>
        t.ok(Create, { input: { name: `Race ${name}`, hostHeaders: ["race.example"] } }, token),
      ),
    );
    const outcomes = results
      .map((r) => (r.createBrand.brand ? "created" : r.createBrand.userErrors[0]!.code))
      .sort();
    expect(outcomes).toEqual(["TAKEN", "created"]);
  });

  it("updates the tabs, resolving roles and normalising colours", async () => {
    const data = await t.ok(
      Update,
      {
        input: {
          id: brandId,
          options: {
            name: "FreshStyles",
            companyWebsite: "https://freshstyles.example",
            hostHeaders: ["help.freshstyles.example"],
          },
          permissions: { minimumPostsToPostLinks: 0, viewTicketsRoleId: null },
          portal: {
            primaryColor: "#abcdef",
            privacyPolicyUrl: "https://freshstyles.example/privacy",
            privacyPolicyEnabled: true,
          },
          cookieDisclaimer: { text: "We use cookies." },
          customMessages: { mainPortalAnnouncement: "<p>Welcome</p>" },
        },
      },
      token,
    );
    expect(data.updateBrand.userErrors).toEqual([]);
    expect(data.updateBrand.brand).toMatchObject({
      name: "FreshStyles",
      companyWebsite: "https://freshstyles.example",
      permissions: {
        minimumPostsToPostLinks: 0,
        viewTicketsRole: null,
        viewNewsRole: { predefined: "EVERYONE" },
      },
      portal: { primaryColor: "#ABCDEF", privacyPolicyEnabled: true },
      customMessages: { mainPortalAnnouncement: "<p>Welcome</p>" },
    });
    const version = data.updateBrand.brand!.cookieDisclaimer.version;
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const changed = await t.ok(
      Update,
      { input: { id: brandId, cookieDisclaimer: { text: "We use fewer cookies." } } },
      token,
    );
    expect(changed.updateBrand.brand!.cookieDisclaimer.version).not.toBe(version);
  });

  it("refuses changed host headers (IMMUTABLE) and bad values, changing nothing", async () => {
    const before = await orgFingerprint(t);
    const data = await t.ok(
      Update,
      {
        input: {
          id: brandId,
          options: { name: "Renamed", hostHeaders: ["new.example"], companyWebsite: "ftp://x" },
          permissions: { minimumPostsToPostLinks: -1 },
          portal: { linkColor: "blue" },
          cookieDisclaimer: { primaryColor: "#12345" },
        },
      },
      token,
    );
    expect(data.updateBrand.brand).toBeNull();
    expect(codes(data.updateBrand.userErrors)).toEqual([
      ["IMMUTABLE", "input.options.hostHeaders"],
      ["INVALID", "input.options.companyWebsite"],
      ["INVALID", "input.permissions.minimumPostsToPostLinks"],
      ["INVALID", "input.portal.linkColor"],
      ["INVALID", "input.cookieDisclaimer.primaryColor"],
    ]);
    const policy = await t.ok(Update, { input: { id: brandId, portal: { privacyPolicyUrl: null } } }, token);
    expect(codes(policy.updateBrand.userErrors)).toEqual([["REQUIRED", "input.portal.privacyPolicyUrl"]]);
    const unknownRole = Buffer.from("Role:00000000-0000-4000-8000-00000000abcd").toString("base64url");
    const role = await t.ok(
      Update,
      { input: { id: brandId, permissions: { viewNewsRoleId: unknownRole } } },
      token,
    );
    expect(codes(role.updateBrand.userErrors)).toEqual([["NOT_FOUND", "input.permissions.viewNewsRoleId"]]);
    expect(await orgFingerprint(t)).toEqual(before);
  });

  it("rejects malformed ids as BAD_USER_INPUT", async () => {
    const result = await t.gql(BrandFields, { id: "nonsense" }, token);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
