export interface ApiKey {
  id: string;
  accountId: string;
  name: string;
  /** The key acts with the union of these groups' permissions. */
  userGroupIds: string[];
  /** Refused from this moment on (epoch ms); null: valid until deleted. */
  expiresAt: number | null;
  /** Set on a key made by rotating another: the key it replaces (which stays valid until deleted or expired). */
  rotatedFromId: string | null;
  createdAt: number;
}
