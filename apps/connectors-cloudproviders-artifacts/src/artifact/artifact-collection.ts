import { ApiError, ErrorCode, badInput, conflict, notFound } from '@fg/graphql-kit';
import { isDuplicateKeyError } from '@fg/tenancy';
import type { Artifact, ArtifactRepository, ArtifactSource, ArtifactSourceRepository } from '@fg/connectors-cloudproviders-artifacts/data-access';
import { ARTIFACT_SOURCE_NOT_FOUND } from '../artifact-source/artifact-source.service';

/** Told about every newly collected artifact: where the `artifact.collected` domain event is published. */
export type ArtifactCollectedListener = (artifact: Artifact, source: ArtifactSource) => Promise<void>;

export const INVALID_COLLECTION_TOKEN = 'Invalid collection token';
const MAX_BUILD_NO_LENGTH = 256;

/**
 * Records new builds of artifact sources, from the recordArtifactBuild mutation or a CI system's token-protected call,
 * and is the one place that announces a newly collected artifact.
 */
export class ArtifactCollection {
  constructor(
    private readonly sources: ArtifactSourceRepository,
    private readonly artifacts: ArtifactRepository,
    private readonly onArtifactCollected: ArtifactCollectedListener,
  ) {}

  /** Records a build; recording the same build number again answers the stored artifact and announces nothing. */
  async record(accountId: string, artifactSourceId: string, buildNo: string): Promise<Artifact> {
    const number = buildNo.trim();
    if (!number) throw badInput('buildNo must not be empty');
    if (number.length > MAX_BUILD_NO_LENGTH) throw badInput(`buildNo must be at most ${MAX_BUILD_NO_LENGTH} characters`);
    const existing = await this.artifacts.byBuildNo(accountId, artifactSourceId, number);
    if (existing) return existing;
    const source = await this.sources.takeBuildSequence(accountId, artifactSourceId);
    if (!source) {
      const [stored] = await this.sources.byIds(accountId, [artifactSourceId]);
      throw stored ? conflict('Artifact collection is disabled for this artifact source') : notFound(ARTIFACT_SOURCE_NOT_FOUND);
    }
    try {
      const artifact = await this.artifacts.create(accountId, {
        artifactSourceId,
        artifactStreamType: source.type,
        buildNo: number,
        collectedAt: Date.now(),
        seq: source.lastBuildSeq,
      });
      await this.artifactCollected(artifact, source);
      return artifact;
    } catch (error) {
      // Two calls recorded the same build at once: the first one stored it.
      if (!isDuplicateKeyError(error)) throw error;
      return (await this.artifacts.byBuildNo(accountId, artifactSourceId, number)) ?? Promise.reject(error);
    }
  }

  /** A CI system's call: the token names the source and so the account. */
  async recordWithToken(token: string, buildNo: string): Promise<Artifact> {
    const source = token ? await this.sources.byCollectionToken(token) : null;
    if (!source) throw new ApiError(ErrorCode.Unauthenticated, INVALID_COLLECTION_TOKEN);
    return this.record(source.accountId, source.id, buildNo);
  }

  /** The one place a newly collected artifact is announced (the `artifact.collected` domain event). */
  private artifactCollected(artifact: Artifact, source: ArtifactSource): Promise<void> {
    return this.onArtifactCollected(artifact, source);
  }
}
