import { Field, Int, ObjectType } from "type-graphql";
import { ConditionOperator, ConditionValueType, EventCategory } from "./catalog/index.js";

@ObjectType({ description: "A domain event that triggers an event type (and the data filter it needs)." })
export class EventTypeSource {
  @Field({
    description: "The domain event type, e.g. ticket.created, chat.ended, events.ticketIdle (engine timer).",
  })
  domainEventType!: string;

  @Field(() => String, {
    nullable: true,
    description: "Only events whose data[whereField] is/contains whereValue.",
  })
  whereField!: string | null;

  @Field(() => String, { nullable: true, description: "The value whereField must have or contain." })
  whereValue!: string | null;

  @Field(() => String, { nullable: true, description: "A note for rule editors." })
  note!: string | null;

  @Field({
    description:
      "True when a module of this installation emits this domain event now; false = listed for a domain " +
      "not built yet (rules may be saved; they fire once the emitter exists).",
  })
  emitted!: boolean;
}

@ObjectType({ description: "An event type of a category (seed-E §1.10)." })
export class EventTypeInfo {
  @Field({ description: "Stable key used in rules, e.g. TICKET_IDLE." })
  key!: string;

  @Field({ description: "The documented name, e.g. Ticket Idle." })
  name!: string;

  @Field(() => Int, { description: "Numeric EventType sent to the events provider (002 L2542-2615)." })
  numericId!: number;

  @Field({ description: "False when the documentation gives no ID and the number is ours (seed-E §1.9)." })
  documentedId!: boolean;

  @Field({ description: "Only system-level (administrator) rules may use it." })
  systemOnly!: boolean;

  @Field({ description: "A manual event (run from an item's Actions menu)." })
  manual!: boolean;

  @Field({
    description: "Driven by the engine's idle/duration timers: needs a minutes condition with a lower bound.",
  })
  timer!: boolean;

  @Field({ description: "About one item (ticket, chat…): item actions allowed. False for Count… types." })
  itemEvent!: boolean;

  @Field(() => [EventTypeSource], {
    description: "What triggers it; empty = no source yet (counts, manual).",
  })
  sources!: EventTypeSource[];

  @Field({ description: "True when some source is emitted in this installation now." })
  available!: boolean;

  @Field({ description: "Where the documentation describes it." })
  cite!: string;
}

@ObjectType({ description: "A condition a rule of the category may test." })
export class EventConditionInfo {
  @Field({ description: "Stable key, e.g. IDLE_MINUTES, DEPARTMENT, CUSTOM_FIELD." })
  key!: string;

  @Field({ description: "Label as documented." })
  label!: string;

  @Field({ description: "What it tests." })
  description!: string;

  @Field(() => ConditionValueType, { description: "Type of the values." })
  valueType!: ConditionValueType;

  @Field(() => String, { nullable: true, description: "For REFERENCE: the GraphQL type of the values' ids." })
  referenceType!: string | null;

  @Field(() => [String], { nullable: true, description: "For ENUM and DAYS: the allowed values." })
  enumValues!: string[] | null;

  @Field(() => [ConditionOperator], { description: "Operators allowed for this condition." })
  operators!: ConditionOperator[];

  @Field({ description: "Where the documentation describes it." })
  cite!: string;
}

@ObjectType({ description: "A parameter of an action." })
export class EventActionParameterInfo {
  @Field({ description: "Parameter key." })
  key!: string;

  @Field({ description: "Label." })
  label!: string;

  @Field(() => ConditionValueType, { description: "Type of the value." })
  valueType!: ConditionValueType;

  @Field({ description: "Whether it must be given." })
  required!: boolean;

  @Field(() => String, { nullable: true, description: "For REFERENCE: the GraphQL type of the id." })
  referenceType!: string | null;

  @Field(() => [String], { nullable: true, description: "For ENUM: the allowed values." })
  enumValues!: string[] | null;

  @Field({ description: "What it means." })
  description!: string;
}

@ObjectType({ description: "An action a rule of the category may run." })
export class EventActionInfo {
  @Field({ description: "Stable key, e.g. SET_TICKET_STATUS, SEND_EMAIL_ONCE_PER_ITEM." })
  key!: string;

  @Field({ description: "Label as documented." })
  label!: string;

  @Field({ description: "What it does." })
  description!: string;

  @Field({ description: "The (once per item) variant: throttled per item, not once per rule (002 L8250)." })
  oncePerItem!: boolean;

  @Field({ description: "Changes the item: only for item event types; throttled per item." })
  itemAction!: boolean;

  @Field({ description: "Only in system-level rules (Notify Events External Provider, 002 L2516)." })
  systemOnly!: boolean;

  @Field({ description: "Not in the documentation: a project extension." })
  extension!: boolean;

  @Field({ description: "Which module provides it (docs/events.md)." })
  providedBy!: string;

  @Field({
    description: "True when a handler is registered now; false = recorded as NO_HANDLER when it fires.",
  })
  implemented!: boolean;

  @Field(() => [EventActionParameterInfo], { description: "Its parameters." })
  parameters!: EventActionParameterInfo[];

  @Field({ description: "Where the documentation describes it." })
  cite!: string;
}

@ObjectType({ description: "A category of events (seed-E §1.10) with its types, conditions and actions." })
export class EventCategoryInfo {
  @Field(() => EventCategory, { description: "The category." })
  key!: EventCategory;

  @Field({ description: "Label as documented." })
  label!: string;

  @Field({ description: "Only administrators create events of this category (Active Group, POP, SMTP)." })
  systemOnly!: boolean;

  @Field(() => [EventTypeInfo], { description: "Its event types." })
  eventTypes!: EventTypeInfo[];

  @Field(() => [EventConditionInfo], { description: "Conditions its rules may test (all types share them)." })
  conditions!: EventConditionInfo[];

  @Field(() => [EventActionInfo], { description: "Actions its rules may run." })
  actions!: EventActionInfo[];

  @Field({ description: "Where the documentation describes it." })
  cite!: string;
}

@ObjectType({ description: "An operator and how many values it takes." })
export class EventOperatorInfo {
  @Field(() => ConditionOperator, { description: "The operator." })
  operator!: ConditionOperator;

  @Field({ description: "Its meaning (docs/events.md)." })
  description!: string;

  @Field(() => Int, { description: "Fewest values." })
  minValues!: number;

  @Field(() => Int, { nullable: true, description: "Most values; null = any number." })
  maxValues!: number | null;
}

@ObjectType({
  description: "Everything a rule editor needs: categories, types with numeric IDs, conditions, actions.",
})
export class EventCatalog {
  @Field(() => [EventCategoryInfo], { description: "The twelve categories." })
  categories!: EventCategoryInfo[];

  @Field(() => [EventOperatorInfo], { description: "Every operator." })
  operators!: EventOperatorInfo[];

  @Field(() => [EventTypeInfo], {
    description: "Documented event IDs with no category page (agent chat channels); not selectable in rules.",
  })
  uncategorizedEventTypes!: EventTypeInfo[];
}
