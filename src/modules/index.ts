import type { ModuleDefinition } from "../core/module.js";
import { accountsModule } from "./accounts/index.js";
import { authModule } from "./auth/index.js";
import { cannedRepliesModule } from "./canned-replies/index.js";
import { chatModule } from "./chat/index.js";
import { customFieldsModule } from "./custom-fields/index.js";
import { distributionModule } from "./distribution/index.js";
import { emailModule } from "./email/index.js";
import { eventsModule } from "./events/index.js";
import { jobsAdminModule } from "./jobs-admin/index.js";
import { organizationModule } from "./organization/index.js";
import { presenceModule } from "./presence/index.js";
import { providersModule } from "./providers/index.js";
import { registrationModule } from "./registration/index.js";
import { rolesModule } from "./roles/index.js";
import { systemModule } from "./system/index.js";
import { ticketsModule } from "./tickets/index.js";

/** Every domain module, in boot order (roles are seeded before anything refers to them). */
export const modules: ModuleDefinition[] = [
  rolesModule,
  systemModule,
  accountsModule,
  authModule,
  providersModule,
  organizationModule,
  customFieldsModule,
  ticketsModule,
  distributionModule,
  presenceModule,
  jobsAdminModule,
  cannedRepliesModule,
  registrationModule,
  chatModule,
  emailModule,
  eventsModule,
];
