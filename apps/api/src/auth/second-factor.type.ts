import { Field } from 'type-graphql';
import { OutputType } from '../kernel/output-type';

@OutputType('A new authenticator secret to scan (or type), not in force until confirmSecondFactor.')
export class SecondFactorEnrolment {
  @Field(() => String, { description: 'Base32, for typing into the app by hand.' })
  secret: string;

  @Field(() => String, { description: 'The otpauth:// address the QR code holds.' })
  otpauthUrl: string;

  @Field(() => String, { description: 'The QR code as an <svg> element.' })
  qrCodeSvg: string;
}

@OutputType('Single-use codes for signing in without the authenticator app. Shown this once: only their hashes are kept.')
export class RecoveryCodes {
  @Field(() => [String])
  codes: string[];
}
