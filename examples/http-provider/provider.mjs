// A complete deskgraph external provider in plain Node (no framework, no dependencies): all six documented
// contracts plus deskgraph's Register, with the logic of the documentation's samples (seed 002 L2064-2680).
// Run: PROVIDER_PASSWORD=secret PORT=8088 node examples/http-provider/provider.mjs
// Then point Settings > External Providers at http://127.0.0.1:8088/ (see examples/README.md).
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

const SAMPLE_SUPPORT = [
  "Web site issues",
  "Database issues",
  "Email issues",
  "Dedicated server issues",
  "Statistics issues",
  "Network connectivity",
];
const SAMPLE_SALES = [
  "Change Plan",
  "Help with order",
  "Questions about plans",
  "Questions about features",
  "Help finding a product",
];
const registered = new Set(["myusername"]);

/** "Name=value" strings to a case-insensitive map (the .NET samples compare names case-insensitively). */
function parseInputs(list) {
  const vars = new Map();
  const cf = {};
  for (const item of list) {
    const at = item.indexOf("=");
    if (at < 0) continue;
    const name = item.slice(0, at);
    const value = item.slice(at + 1);
    if (name.toLowerCase().startsWith("cf_")) cf[name.slice(3)] = value;
    else vars.set(name.toLowerCase(), value);
  }
  return { get: (n) => vars.get(n.toLowerCase()) ?? "", cf };
}
const ok = (Message, OutputVariables = [], extra = {}) => ({
  Success: true,
  Message,
  OutputVariables,
  ...extra,
});
const fail = (Message) => ({ Success: false, Message, OutputVariables: [] });
const loginOk = () =>
  ok("Login Successful", [
    "Authentication=OK",
    "EmailAddress=putUsersEmailAddressHere@example.com",
    "DisplayName=putUsersFullNameHere",
  ]);
const item = (CustomFieldName, c) => ({
  CustomFieldName,
  DisplayWithInformationLookup: false,
  ChangeListOptions: false,
  ListOptions: [],
  ChangeRequired: false,
  NewRequiredValue: false,
  ChangeVisible: false,
  NewVisibleValue: false,
  ...c,
});

export const methods = {
  Authenticate(i) {
    if (!i.get("LoginUsername") || !i.get("LoginPassword")) return fail("Required Input Missing");
    if (
      i.get("LoginUsername").toLowerCase() === "myusername" &&
      i.get("LoginPassword").toLowerCase() === "mypassword"
    )
      return loginOk();
    return ok("Login Failure", ["Authentication=FAIL"]);
  },
  GetSignInCookieInfo(i) {
    // A real provider must verify the cookie value (a session it issued), never trust a bare username.
    if (!i.get("LoginUsername")) return fail("Required Input Missing");
    return i.get("LoginUsername").toLowerCase() === "myusername"
      ? loginOk()
      : ok("Login Failure", ["Authentication=FAIL"]);
  },
  Register(i) {
    const name = i.get("LoginUsername").toLowerCase();
    if (registered.has(name)) return ok("That username is already taken.", ["Registration=FAIL"]);
    registered.add(name);
    return ok("Registration Successful", ["Registration=OK"]);
  },
  GetCustomFieldOptions(i) {
    const allowed = i.get("LoginUsername") === "myusername";
    const dept = i.get("DepartmentName").toUpperCase();
    const items = [];
    if (i.get("Location") === "PRE" && dept === "SUPPORT DEPARTMENT")
      items.push(
        item("Account", {
          ChangeRequired: true,
          NewRequiredValue: true,
          ChangeListOptions: true,
          ListOptions: ["abc.com", "def.com"],
        }),
      );
    const shown = {
      ChangeListOptions: true,
      ChangeRequired: true,
      NewRequiredValue: true,
      ChangeVisible: true,
      NewVisibleValue: true,
    };
    if (dept.includes("SALES")) items.push(item("Type of Issue", { ...shown, ListOptions: SAMPLE_SALES }));
    else if (dept.includes("SUPPORT"))
      items.push(item("Type of Issue", { ...shown, ListOptions: SAMPLE_SUPPORT }));
    else
      items.push(
        item("Type of Issue", { ChangeListOptions: true, ChangeRequired: true, ChangeVisible: true }),
      );
    return ok(
      allowed ? "Result okay" : "You are not currently permitted to contact that department.",
      [`CanStartTickets=${allowed}`, `CanStartChats=${allowed || dept === "SALES DEPARTMENT"}`],
      { CustomFieldDataItems: items },
    );
  },
  StartTicket(i) {
    const user = i.get("LoginUsername").toLowerCase();
    if (user === "nocredit")
      return ok("There are no more tickets in your account.", ["TicketCreation=FALSE"]);
    const out = ["TicketCreation=TRUE"];
    if (i.get("Subject").toUpperCase().includes("URGENT")) out.push("departmentName=Critical Support");
    const issue = Object.entries(i.cf).find(([k]) => k.toLowerCase() === "issue type")?.[1] ?? "";
    if (issue.toUpperCase() === "SERVER DOWN") out.push("departmentName=Server Operations Department");
    if (user === "myusername") out.push("cf_Billing ID=4126", "cf_Plan Type=ASP.NET Semi-dedicated");
    return ok("Ticket Creation Successful", out);
  },
  StartChat(i) {
    const user = i.get("LoginUsername").toLowerCase();
    if (user === "nocredit") return ok("There are no more chats in your account.", ["ChatCreation=FALSE"]);
    const out = ["ChatCreation=TRUE"];
    if (user === "myusername") out.push("cf_Billing ID=4126", "cf_Plan Type=ASP.NET Semi-dedicated");
    return ok("Chat Creation Successful", out);
  },
  GetUserDetails(i) {
    const user = i.get("Username").toLowerCase();
    let html = [];
    if (user === "myusername") html = ["UserInfoHTML=Account Number: 000-000000-0000 Partner: Yes"];
    // Shows what the server does with HTML it must not trust: the ticket view gets the <b> and the https
    // link, never the script, the image or the javascript: link.
    if (user === "htmldemo")
      html = [
        'UserInfoHTML=<b>Plan:</b> Gold<script>alert("x")</script><img src="https://billing.example.com/p.png">' +
          '<a href="javascript:alert(1)">pay</a> <a href="https://billing.example.com/clients/42">account</a>',
      ];
    return ok("User Account Information Retrieved Successfully", html);
  },
  NotifyEventFired(i, raw) {
    console.log(`event ${i.get("EventType")}`, raw.filter((x) => x.startsWith("Args_")).join(" "));
    return ok("Event Notification Successful");
  },
};

/** Checks x-deskgraph-signature: sha256 HMAC over "<timestamp>." + raw body, at most 5 minutes old. */
function signatureOk(secret, headers, raw) {
  const ts = String(headers["x-deskgraph-timestamp"] ?? "");
  const sig = String(headers["x-deskgraph-signature"] ?? "");
  const expected = "sha256=" + createHmac("sha256", secret).update(`${ts}.`).update(raw).digest("hex");
  const fresh = Math.abs(Date.now() / 1000 - Number(ts)) <= 300;
  return fresh && expected.length === sig.length && timingSafeEqual(Buffer.from(expected), Buffer.from(sig));
}

export function createExampleProvider({ password, signingSecret = password }) {
  return createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const reply = (status, body) =>
        res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (req.method !== "POST") return reply(405, fail("POST only"));
      if (!signatureOk(signingSecret, req.headers, raw)) return reply(401, fail("Bad signature"));
      let call;
      try {
        call = JSON.parse(raw.toString("utf8"));
      } catch {
        return reply(400, fail("Body is not JSON"));
      }
      const inputs = parseInputs(Array.isArray(call.Inputs) ? call.Inputs : []);
      if (inputs.get("AuthPW") !== password) return reply(200, fail("Permission Denied"));
      const method = methods[call.Method];
      if (!method) return reply(200, fail(`Unknown method ${call.Method}`));
      reply(200, method(inputs, call.Inputs));
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const password = process.env.PROVIDER_PASSWORD;
  if (!password) throw new Error("Set PROVIDER_PASSWORD (the Web Service Password of the settings).");
  const port = Number(process.env.PORT ?? 8088);
  const server = createExampleProvider({
    password,
    signingSecret: process.env.PROVIDER_SIGNING_SECRET || password,
  });
  // PORT=0 picks a free port: the line below says which (examples/http-provider/walkthrough.e2e.test.ts reads it).
  server.listen(port, "127.0.0.1", () =>
    console.log(`example provider on http://127.0.0.1:${server.address().port}/`),
  );
}
