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

export const fromGlobalId = (id: string): DecodedId => {
  const malformed = () => badUserInput(`Malformed id "${id.slice(0, 80)}": ids are opaque strings returned by this API.`, { argument: 'id' });
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(id)) throw malformed();
  const parts = Buffer.from(id, 'base64url').toString('utf8').split(':');
  if (parts.length !== 3) throw malformed();
  const [type, reportId, localId] = parts as [string, string, string];
  if (!(NODE_TYPES as readonly string[]).includes(type) || !reportId || !localId) throw malformed();
  return { type: type as NodeType, reportId, localId };
};
