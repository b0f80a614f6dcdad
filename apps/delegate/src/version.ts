/** Sent at registration so the platform can tell which delegate releases are in the field. Bump with each release. */
export const DELEGATE_VERSION = '0.1.0';
