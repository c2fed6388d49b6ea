import { LockMode } from "@mikro-orm/core";
import type { RequestContext } from "../../core/context/context.js";
import { fromGlobalId } from "../../core/graphql/global-id.js";
import { Department } from "./department.entity.js";
import { countDepartmentItems, departmentItemKinds } from "./department-items.js";
import type { DeleteDepartmentInput } from "./department.inputs.js";
import { refuse } from "./checks.js";
import { departmentForUpdate } from "./department.service.js";
import { Group } from "./group.entity.js";
import { AgentGroupMembership } from "./membership.entity.js";
import { forgetScope } from "./scope.js";

/**
 * Deletes a department with its groups, memberships and holidays. Its items (every kind registered in
 * department-items.ts) move to the destination's front line group in the same transaction; without a
 * destination the deletion is refused while any exist, so nothing is orphaned (002 L5980).
 */
export async function deleteDepartment(ctx: RequestContext, input: DeleteDepartmentInput) {
  const result = await ctx.em.transactional(async (em) => {
    const department = await departmentForUpdate(em, input.id);
    const field = ["input", "moveItemsToDepartmentId"];
    let destination: Department | null = null;
    if (input.moveItemsToDepartmentId) {
      const id = fromGlobalId(input.moveItemsToDepartmentId, "Department", "moveItemsToDepartmentId");
      if (id === department.id)
        refuse("INVALID", "Items cannot move to the department being deleted.", field);
      // Shared lock: the destination cannot be deleted while items move into it.
      destination = await em.findOne(Department, { id }, { lockMode: LockMode.PESSIMISTIC_READ });
      if (!destination) refuse("NOT_FOUND", "No such department.", field);
    }
    const counts = await countDepartmentItems(em, department.id);
    if (counts.length && !destination) {
      const what = counts.map(([name, n]) => `${n} ${name}`).join(", ");
      refuse(
        "ITEMS_NEED_DESTINATION",
        `The department still has ${what}: choose a department to move them to.`,
        field,
      );
    }
    if (destination) {
      const frontLine = await em.findOneOrFail(Group, { department: destination.id, isFrontLine: true });
      const to = { departmentId: destination.id, frontLineGroupId: frontLine.id };
      for (const kind of departmentItemKinds()) await kind.move(em, department.id, to);
    }
    const groups = await em.find(Group, { department: department.id });
    await em.nativeDelete(AgentGroupMembership, { group: { $in: groups.map((g) => g.id) } });
    // Holidays go with the department (ON DELETE CASCADE).
    em.remove(groups);
    em.remove(department);
    await em.flush();
    return { deletedDepartmentId: input.id, itemsMovedTo: destination };
  });
  forgetScope(ctx);
  ctx.loaders.clearAll();
  return result;
}
