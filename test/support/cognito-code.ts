/**
 * The confirmation code the test stack's cognito-local issues (it reads `CODE` from its
 * environment), so sign-up → confirm can be tested end to end. Local stand-in only.
 */
export const TEST_CONFIRMATION_CODE = '424242';
