/**
 * Global ids: base64url("<Type>:<reportId>:<localId>"). Opaque to clients,
 * stable across seeds (local ids come from the immutable source), and
 * decodable so `node(id:)` needs no lookup table.
 */
import { badUserInput } from './errors';

export const NODE_TYPES = ['Report', 'Year', 'Section', 'GlossaryTerm', 'Repair', 'Figure', 'Indicator', 'Project', 'Sector'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface DecodedId {
  type: NodeType;
  reportId: string;
  localId: string;
}

export const toGlobalId = (type: NodeType, reportId: string, localId: string | number): string =>
  Buffer.from(`${type}:${reportId}:${localId}`, 'utf8').toString('base64url');

/** What to do instead, when a short id or slug was passed where a global id belongs. */
const idHint = (id: string): string => {
  const general = 'node(id:) and nodes(ids:) take the global "id" field returned by this API (e.g. { figure(id: "f00368") { id } }).';
  if (/^f\d{5}$/.test(id)) return `"${id}" is a figure's short id: use figure(id: "${id}"), or pass that figure's "id" field to node. ${general}`;
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return `"${id}" looks like a slug: use indicator(id: "${id}"), project(id: "${id}") or sector(id: "${id}"), or pass the object's "id" field to node. ${general}`;
  }
  return general;
};

export const fromGlobalId = (id: string): DecodedId => {
  const malformed = () => badUserInput(`Malformed id "${id.slice(0, 80)}": ${idHint(id)}`, { argument: 'id' });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) throw malformed();
  const parts = Buffer.from(id, 'base64url').toString('utf8').split(':');
  if (parts.length !== 3) throw malformed();
  const [type, reportId, localId] = parts as [string, string, string];
  if (!(NODE_TYPES as readonly string[]).includes(type) || !reportId || !localId) throw malformed();
  return { type: type as NodeType, reportId, localId };
};
