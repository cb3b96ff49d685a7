// Identity statements (users' sign-in settings, codes, tokens); the rules and flows stay in @healthpay/api's identity/.
export * from './locale';
export * from './otp-challenges';
export * from './credentials';
export * from './rate-limits';
export * from './api-tokens';
export * from './totp-credentials';
export * from './accounts';
export * from './people';
export * from './invitations';
export * from './sms-queue';
export * from './dev-outboxes';
