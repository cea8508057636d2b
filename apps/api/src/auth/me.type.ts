import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID } from 'type-graphql';
import { OutputType } from '../kernel/output-type';
import type { UserEntity } from '../users/user.entity';
import type { SessionEntity } from './session.entity';

@OutputType('The signed-in person. Their memberships and sessions are read when asked for.')
export class Me {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Boolean, { description: 'They confirmed an authenticator app.' })
  secondFactorEnabled: boolean;

  /** The session this request came with (for `current` and `secondFactorRequired`). */
  sessionId: string;

  /** That session was signed in with a second factor. */
  sessionSecondFactor: boolean;

  static from(user: UserEntity, session: { id: string; secondFactor: boolean }): Me {
    return Object.assign(new Me(), {
      id: user.id,
      email: user.email,
      name: user.name,
      secondFactorEnabled: user.totpEnabledAt !== null,
      sessionId: session.id,
      sessionSecondFactor: session.secondFactor,
    });
  }
}

@OutputType('A browser where the person is signed in.')
export class SessionInfo {
  @Field(() => ID)
  id: string;

  @Field(() => Boolean, { description: 'The session of this request.' })
  current: boolean;

  @Field(() => GraphQLDateTimeISO)
  createdAt: Date;

  @Field(() => GraphQLDateTimeISO, { description: 'Last used (to the minute or so).' })
  lastSeenAt: Date;

  @Field(() => Boolean, { description: 'Signed in with a second factor as well as the password.' })
  secondFactor: boolean;

  static from(session: SessionEntity, currentSessionId: string): SessionInfo {
    const { id, createdAt, lastSeenAt, secondFactor } = session;
    return Object.assign(new SessionInfo(), { id, current: id === currentSessionId, createdAt, lastSeenAt, secondFactor });
  }
}
