import { assertPermission } from "../../core/graphql/authorization.js";
import { Job } from "../../core/jobs/index.js";
import type { ModuleDefinition } from "../../core/module.js";
import { Privilege } from "../roles/index.js";
import { JobsAdminResolver } from "./jobs-admin.resolver.js";

/** Administrators' view of the job table (the table and worker are core: src/core/jobs, docs/jobs.md). */
export const jobsAdminModule: ModuleDefinition = {
  name: "jobs-admin",
  entities: [],
  resolvers: [JobsAdminResolver],
  nodes: {
    async Job(ctx, id) {
      assertPermission(ctx, Privilege.ADMINISTRATION);
      return ctx.em.findOne(Job, { id });
    },
  },
};
