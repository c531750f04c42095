/**
 * At most one seed at a time. The lease is one item with an owner and an
 * expiry, taken with a conditional put (free, or lapsed) and renewed while
 * the seed works, so a killed seed's lease lapses within `leaseMs` and the
 * next seed takes over. The second of two concurrent seeds waits for the
 * first (or fails with a clear message when told not to wait).
 */
import { randomUUID } from 'node:crypto';
import { DeleteItemCommand } from 'dynamodb-toolbox/entity/actions/delete';
import { GetItemCommand } from 'dynamodb-toolbox/entity/actions/get';
import { PutItemCommand, isConditionCheckFailed } from 'dynamodb-toolbox/entity/actions/put';
import type { Condition } from 'dynamodb-toolbox';
import { itemKeys, type Entities, type LeaseItem } from '../lambda/data/entities';

export class LeaseHeldError extends Error {
  constructor(readonly holder: LeaseItem) {
    super(
      `Another seed (${holder.owner}, started ${holder.acquiredAt}) is publishing to this table; ` +
        `its lease lapses at ${new Date(holder.expiresAt).toISOString()} unless it finishes or renews it first. Run again when it is done.`,
    );
    this.name = 'LeaseHeldError';
  }
}

const isConditionFailure = (err: unknown): boolean => isConditionCheckFailed(err);

export interface LeaseOptions {
  leaseMs: number;
  /** How long to wait for a lease held by another seed (0: fail at once). */
  waitMs: number;
  now: () => number;
}

export class Lease {
  readonly owner = `${process.pid}-${randomUUID().slice(0, 8)}`;
  private expiresAt = 0;
  /** The lease found lapsed when this one was taken: its partitions may be orphans of a killed seed. */
  previous: LeaseItem | undefined;

  constructor(
    private readonly entities: Entities,
    private readonly opts: LeaseOptions,
  ) {}

  async acquire(): Promise<void> {
    const deadline = this.opts.now() + this.opts.waitMs;
    for (;;) {
      const { Item: held } = await this.entities.Lease.build(GetItemCommand).key(itemKeys.lease()).options({ consistent: true }).send();
      const now = this.opts.now();
      if (!held || held.expiresAt <= now) {
        try {
          await this.write([], held ? { attr: 'expiresAt', eq: held.expiresAt } : { attr: 'PK', exists: false });
          this.previous = held;
          return;
        } catch (err) {
          if (!isConditionFailure(err)) throw err; // someone else took it between our read and write: look again
        }
      } else if (now >= deadline) {
        throw new LeaseHeldError(held);
      } else {
        await new Promise((r) => setTimeout(r, Math.min(500, Math.max(50, held.expiresAt - now))));
      }
    }
  }

  /** Extends the lease (and records what is being written) if a third of it has passed. */
  async renew(writing: string[], force = false): Promise<void> {
    if (!force && this.expiresAt - this.opts.now() > (this.opts.leaseMs * 2) / 3) return;
    await this.write(writing, { attr: 'owner', eq: this.owner });
  }

  async release(): Promise<void> {
    try {
      await this.entities.Lease.build(DeleteItemCommand).key(itemKeys.lease()).options({ condition: { attr: 'owner', eq: this.owner } }).send();
    } catch (err) {
      if (!isConditionFailure(err)) throw err; // lapsed and taken by another seed: nothing of ours to release
    }
  }

  private async write(writing: string[], condition: Condition<Entities['Lease']>) {
    const now = this.opts.now();
    this.expiresAt = now + this.opts.leaseMs;
    await this.entities.Lease.build(PutItemCommand)
      .item({ ...itemKeys.lease(), owner: this.owner, expiresAt: this.expiresAt, acquiredAt: new Date(now).toISOString(), writing })
      .options({ condition })
      .send();
  }
}
