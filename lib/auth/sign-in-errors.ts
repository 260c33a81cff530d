import { CredentialsSignin } from 'next-auth';

/** Wrong email or password; deliberately does not say which. */
export class InvalidCredentials extends CredentialsSignin {
  override code = 'invalid_credentials';
}

/** Too many attempts for this IP or email in the current window. */
export class SignInRateLimited extends CredentialsSignin {
  override code = 'rate_limited';
}
