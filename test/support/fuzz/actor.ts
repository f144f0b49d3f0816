// A caller of the fuzz: a role with a small pool of accounts holding it (a new
// account takes over when one nears the write limit), or nobody at all.
import type { AppDeps } from '../../../src/server/core/deps.ts';
import type { GrantInput } from '../../../src/shared/contracts/users.ts';
import type { Role } from '../../../src/shared/roles.ts';
import { type App, login, type Session } from '../../http/http-client.ts';
import { seedUser } from '../factories.ts';

/** below the write limit of 300 a minute per account (app.ts), so the limiter does not stand in for handlers */
const WRITES_PER_ACCOUNT = 250;

export class Actor {
  private current: { email: string; session: Session } | null = null;
  private writes = 0;
  accounts = 0;

  constructor(
    private readonly app: App,
    private readonly deps: AppDeps,
    readonly role: Role | 'anonymous',
    private readonly grants: GrantInput[] | null,
  ) {}

  async session(write: boolean): Promise<Session | null> {
    if (!this.grants) return null;
    if (!this.current || (write && this.writes >= WRITES_PER_ACCOUNT)) {
      const { email } = await seedUser(this.deps, this.grants);
      this.current = { email, session: await login(this.app, email) };
      this.writes = 0;
      this.accounts++;
    }
    if (write) this.writes++;
    return this.current.session;
  }

  /** Signs the same account in again, after the fuzz signed it out. */
  async renew(): Promise<void> {
    if (this.current) this.current.session = await login(this.app, this.current.email);
  }
}
