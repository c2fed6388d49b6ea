import type { EntityManager } from "@mikro-orm/postgresql";

/** Where moved items land: the destination department and its front line group (002 L5999). */
export interface ItemDestination {
  departmentId: string;
  frontLineGroupId: string;
}

/**
 * A kind of work item that belongs to departments and groups (tickets, live chats, call logs, call log
 * agent assignments). Modules that own such items register here, so deleting a department or group can
 * hand them over instead of orphaning them (002 L5980). Every function runs inside the deleting
 * transaction, on its EntityManager.
 */
export interface DepartmentItemKind {
  /** Plural noun for messages, e.g. "tickets". */
  name: string;
  count(em: EntityManager, departmentId: string): Promise<number>;
  move(em: EntityManager, fromDepartmentId: string, to: ItemDestination): Promise<void>;
  /** Items of a group that is deleted move to its department's front line group. */
  moveGroupItems?(em: EntityManager, fromGroupId: string, toGroupId: string): Promise<void>;
}

const kinds = new Map<string, DepartmentItemKind>();

/** Registers an item kind (once per name); returns a function that unregisters it (tests). */
export function registerDepartmentItems(kind: DepartmentItemKind): () => void {
  if (kinds.has(kind.name)) throw new Error(`department item kind "${kind.name}" is already registered`);
  kinds.set(kind.name, kind);
  return () => {
    if (kinds.get(kind.name) === kind) kinds.delete(kind.name);
  };
}

export function departmentItemKinds(): DepartmentItemKind[] {
  return [...kinds.values()];
}

/** Non-zero counts per kind, e.g. [["tickets", 12]]. */
export async function countDepartmentItems(
  em: EntityManager,
  departmentId: string,
): Promise<Array<[string, number]>> {
  const counts: Array<[string, number]> = [];
  for (const kind of kinds.values()) {
    const n = await kind.count(em, departmentId);
    if (n > 0) counts.push([kind.name, n]);
  }
  return counts;
}
