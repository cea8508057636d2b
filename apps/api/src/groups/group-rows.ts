import type { DataSource, EntityManager } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { GroupEntity } from './group.entity';
import { SHOWN_COLUMNS, type ShownGroup } from './group.type';

/** What a group is shown with: each relation joined and selected whole. */
const RELATIONS = [
  { property: 'organisation', alias: 'o', join: 'INNER JOIN' },
  { property: 'venue', alias: 'v', join: 'LEFT JOIN' },
  { property: 'municipality', alias: 'm', join: 'LEFT JOIN' },
] as const;

/** Column types whose values pg already gives as TypeORM hydrates them (PostgresDriver.prepareHydratedValue leaves them be). */
const AS_PG_GIVES = new Set<unknown>(['uuid', 'text', 'jsonb', 'boolean', 'smallint', 'integer', 'double precision', 'timestamptz']);

/** Some columns of one entity in a row: the result column, the property, and whether TypeORM's driver must convert the value. */
interface Part {
  metadata: EntityMetadata;
  columns: { key: string; property: string; column: ColumnMetadata; convert: boolean }[];
  /** The result column of its primary key: null when a left join found nothing. */
  idKey: string;
}

interface Plan {
  /** What is selected, each column under its result key. */
  selects: string;
  /** The joins of the relations to "g". */
  joins: string;
  group: Part;
  /** A group with every property, copied for each row: filling a copy is cheaper than growing an object property by property. */
  groupTemplate: Record<string, unknown>;
  relations: { property: string; part: Part }[];
}

function part(metadata: EntityMetadata, alias: string, properties?: ReadonlySet<string>): Part {
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual && (!properties || properties.has(column.propertyName)));
  for (const column of columns) if (column.embeddedMetadata) throw new Error(`${metadata.name}.${column.propertyName}: embedded columns are not mapped here`);
  const [primary] = metadata.primaryColumns;
  if (!primary || metadata.primaryColumns.length > 1) throw new Error(`${metadata.name}: one primary column expected`);
  if (properties && columns.length !== properties.size) throw new Error(`${metadata.name}: not every column of ${[...properties].join(', ')} found`);
  return {
    metadata,
    columns: columns.map((column) => ({
      key: `${alias}_${column.databaseName}`,
      property: column.propertyName,
      column,
      convert: !AS_PG_GIVES.has(column.type) || column.transformer !== undefined,
    })),
    idKey: `${alias}_${primary.databaseName}`,
  };
}

function selectList(alias: string, { columns }: Part): string[] {
  return columns.map(({ key, column }) => `"${alias}"."${column.databaseName}" AS "${key}"`);
}

/** The query and the mapping, from the entities' metadata: the group's shown columns, and its relations' every column as TypeORM selects them. */
function planFor(dataSource: DataSource): Plan {
  const metadata = dataSource.getMetadata(GroupEntity);
  const group = part(metadata, 'g', new Set(SHOWN_COLUMNS));
  const selects = selectList('g', group);
  const joins: string[] = [];
  const relations = RELATIONS.map(({ property, alias, join }) => {
    const relation = metadata.findRelationWithPropertyPath(property);
    const joinColumn = relation?.joinColumns[0];
    if (!relation || !joinColumn?.referencedColumn || relation.joinColumns.length > 1) throw new Error(`GroupEntity.${property}: one join column expected`);
    const target = part(relation.inverseEntityMetadata, alias);
    selects.push(...selectList(alias, target));
    joins.push(`${join} "${relation.inverseEntityMetadata.tableName}" "${alias}" ON "${alias}"."${joinColumn.referencedColumn.databaseName}" = "g"."${joinColumn.databaseName}"`);
    return { property, part: target };
  });
  const groupTemplate = Object.fromEntries([...group.columns.map(({ property }) => property), ...relations.map(({ property }) => property)].map((property) => [property, null]));
  if (metadata.tableName !== GROUPS_TABLE) throw new Error(`GroupEntity's table is ${metadata.tableName}`);
  return { selects: selects.join(', '), joins: joins.join(' '), group, groupTemplate, relations };
}

function fill(entity: Record<string, unknown>, row: Record<string, unknown>, { columns }: Part, dataSource: DataSource): Record<string, unknown> {
  for (const { key, property, column, convert } of columns) {
    const value = row[key];
    entity[property] = convert ? dataSource.driver.prepareHydratedValue(value, column) : value;
  }
  return entity;
}

const GROUPS_TABLE = 'groups';

const plans = new WeakMap<DataSource, Plan>();

function planOf(dataSource: DataSource): Plan {
  const plan = plans.get(dataSource) ?? planFor(dataSource);
  plans.set(dataSource, plan);
  return plan;
}

function groupOf(row: Record<string, unknown>, plan: Plan, dataSource: DataSource): ShownGroup {
  const group = fill({ ...plan.groupTemplate }, row, plan.group, dataSource);
  for (const { property, part: related } of plan.relations) {
    group[property] = row[related.idKey] === null ? null : fill(related.metadata.create(undefined, { fromDeserializer: true }) as Record<string, unknown>, row, related, dataSource);
  }
  return group as unknown as ShownGroup;
}

/**
 * Groups as a search shows them (ShownGroup): the columns Group reads, with the organisation, the
 * venue and the municipality as whole entities, as TypeORM's query builder would load them
 * (`innerJoinAndSelect` the organisation, `leftJoinAndSelect` the others, `getMany`). The SQL is
 * made once per data source and the rows are mapped directly: building the query and hydrating
 * through TypeORM cost more CPU than the query itself, for every page of every search.
 *
 * `where` is SQL on `g` with `$1`… for `parameters`.
 */
export async function loadGroups(db: EntityManager, where: string, parameters: unknown[]): Promise<ShownGroup[]> {
  const plan = planOf(db.connection);
  const rows = (await db.query(`SELECT ${plan.selects} FROM "${GROUPS_TABLE}" "g" ${plan.joins} WHERE ${where}`, parameters)) as Record<string, unknown>[];
  return rows.map((row) => groupOf(row, plan, db.connection));
}

/**
 * The rows of a page, each with its group as loadGroups loads it, in one round trip: `pageSql` is a
 * query of groups with their ids as `id` (and its own columns, none named like the groups' result
 * keys), `$1`… for `parameters`; `order` sorts its rows again, as SQL on `page`'s columns.
 */
export async function loadGroupsOfPage<Row extends { id: string }>(db: EntityManager, pageSql: string, parameters: unknown[], order: string): Promise<{ row: Row; group: ShownGroup }[]> {
  const plan = planOf(db.connection);
  const rows = (await db.query(`SELECT page.*, ${plan.selects} FROM (${pageSql}) page JOIN "${GROUPS_TABLE}" "g" ON "g"."id" = page.id ${plan.joins} ORDER BY ${order}`, parameters)) as (Row &
    Record<string, unknown>)[];
  return rows.map((row) => ({ row, group: groupOf(row, plan, db.connection) }));
}
