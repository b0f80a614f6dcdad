// The embedded MongoDB-wire store for local development and tests: mongo-java-server with its H2 (MVStore) file
// backend, so `npm start` and `npm test` need neither a MongoDB install nor Docker. Production uses MongoDB
// (MONGO_URL); this process only has to keep the promises of MongoDB the code relies on (README, "Local stack").
//
// Usage: java -cp <classes>:<lib>/* Main -listen 127.0.0.1:27017 -data .data/store
// Prints "store listening on mongodb://HOST:PORT/" once it accepts connections.

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

public final class Main {
    public static void main(String[] args) throws Exception {
        String listen = "127.0.0.1:27017";
        String dataDir = ".data/store";
        if (args.length % 2 != 0) fail("every flag takes a value");
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "-listen" -> listen = args[i + 1];
                case "-data" -> dataDir = args[i + 1];
                default -> fail("unknown flag " + args[i]);
            }
        }
        int colon = listen.lastIndexOf(':');
        if (colon < 0) fail("-listen wants HOST:PORT, got " + listen);
        String host = listen.substring(0, colon);
        int port = Integer.parseInt(listen.substring(colon + 1));

        Path dir = Path.of(dataDir).toAbsolutePath();
        Files.createDirectories(dir);
        MongoServer server = new MongoServer(new Backend(dir.resolve("store.mv.db").toString()));
        server.bind(host, port);
        // shutdownNow closes the backend, which commits and closes the MVStore file.
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow, "store-shutdown"));

        System.out.println("store listening on mongodb://" + host + ":" + port + "/");
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void fail(String message) {
        System.err.println("store: " + message);
        System.exit(2);
    }

    /** mongo-java-server's H2 backend with the two changes below. */
    static final class Backend extends H2Backend {
        private static final Set<String> WRITES = Set.of(
            "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "create", "drop",
            "dropdatabase", "renamecollection");

        // Like MongoDB's TTL monitor: a background pass every minute, so a document lives a little past its expiry.
        private static final long TTL_PASS_SECONDS = 60;
        private final ScheduledExecutorService ttlMonitor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "store-ttl-monitor");
            thread.setDaemon(true);
            return thread;
        });

        // MVStore's default page cache is 16 MB: past that, every read of an evicted page deserializes its documents
        // again (Java serialization).
        private static final int PAGE_CACHE_MB = 128;
        // A commit writes every page a write touched, each with all its documents (Java serialization): with MVStore's
        // default of 48 keys a page, updating one document serialized dozens. Small leaves keep a commit's work
        // near the documents written (measured: the queue benchmark's compare-and-set writes, see README).
        private static final int KEYS_PER_PAGE = 8;

        // Group commit: a write command whose changes an earlier command's commit already wrote returns without one.
        private final AtomicLong writesApplied = new AtomicLong();
        private final Object commitLock = new Object();
        private long writesCommitted;

        Backend(String fileName) {
            super(new MVStore.Builder().fileName(fileName).cacheSize(PAGE_CACHE_MB).keysPerPage(KEYS_PER_PAGE).open());
            ttlMonitor.scheduleWithFixedDelay(this::expireDocuments, TTL_PASS_SECONDS, TTL_PASS_SECONDS, TimeUnit.SECONDS);
        }

        /**
         * mongo-java-server keeps a TTL index's `expireAfterSeconds` but never removes a document by it. This pass does
         * what MongoDB's TTL monitor does: for every index with `expireAfterSeconds` on a date field, it deletes the
         * documents whose date is older than now minus that many seconds.
         */
        private void expireDocuments() {
            try {
                boolean deleted = false;
                for (String databaseName : Set.copyOf(listDatabaseNames())) {
                    if (resolveDatabase(databaseName) instanceof Database database) deleted |= database.expireDocuments(Instant.now()) > 0;
                }
                if (deleted) commit();
            } catch (RuntimeException e) {
                System.err.println("store: TTL pass failed: " + e);
            }
        }

        /**
         * MVStore commits by itself only about once a second, so a write acknowledged in between would be lost if
         * this process were killed. Committing after every write command makes every acknowledged write reach the
         * file (not necessarily the disk: no fsync, as with MongoDB's default write concern without journaling).
         */
        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                if (WRITES.contains(command.toLowerCase())) commitWrite();
            }
        }

        /**
         * Returns once this command's changes are committed: by its own commit, or by one that began after they were
         * applied (commands of other connections committing meanwhile share it, as MongoDB's group commit does).
         */
        private void commitWrite() {
            long ticket = writesApplied.incrementAndGet();
            synchronized (commitLock) {
                if (writesCommitted >= ticket) return;
                // Every write holding a ticket up to here was applied before this commit starts.
                long upTo = writesApplied.get();
                commit();
                writesCommitted = upTo;
            }
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName, getCursorRegistry());
        }

        /** An inner class, so the backend's MVStore is reachable while H2Database's constructor opens collections. */
        final class Database extends H2Database {
            Database(String databaseName, CursorRegistry cursorRegistry) {
                super(databaseName, getMvStore(), cursorRegistry);
            }

            /**
             * Upstream checks that the collection is missing and then creates it without holding the database's lock,
             * so an explicit `create` racing an implicit one (mongoose's autoCreate next to ensureIndexes, a first
             * insert) failed with an internal error instead of NamespaceExists or success. Held here, as for
             * every other change to the database's collections.
             */
            @Override
            public synchronized MongoCollection<Object> createCollectionOrThrowIfExists(String collectionName,
                                                                                        CollectionOptions options) {
                return super.createCollectionOrThrowIfExists(collectionName, options);
            }

            /** Deletes the expired documents of every TTL index of this database; answers how many. */
            int expireDocuments(Instant now) {
                MongoCollection<Object> indexCollection = indexes.get();
                if (indexCollection == null) return 0;
                int deleted = 0;
                for (Document index : indexCollection.handleQuery(new Document("expireAfterSeconds", new Document("$exists", true)))) {
                    Document key = (Document) index.get("key");
                    String namespace = (String) index.get("ns");
                    if (key == null || key.size() != 1 || namespace == null) continue;
                    String field = key.keySet().iterator().next();
                    long seconds = ((Number) index.get("expireAfterSeconds")).longValue();
                    MongoCollection<Object> collection = resolveCollection(namespace.substring(getDatabaseName().length() + 1), false);
                    if (collection == null) continue;
                    Document expired = new Document(field, new Document("$lt", now.minusSeconds(seconds)));
                    deleted += collection.deleteDocuments(expired, 0);
                }
                return deleted;
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
                // The map names H2Database itself uses, so files stay readable by the stock backend.
                String fullName = getFullCollectionNamespace(collectionName);
                MVMap<Object, Document> dataMap = getMvStore().openMap("databases." + fullName);
                MVMap<String, Object> metaMap = getMvStore().openMap("meta." + fullName);
                return new Collection(this, collectionName, options, dataMap, metaMap, cursorRegistry);
            }
        }
    }

    /**
     * mongo-java-server uses an index only when the filter names exactly the index's fields, so the filters the code
     * sends most, `{_id, accountId}` and compare-and-set updates `{_id, accountId, status}`, read every document of
     * the collection. Here a filter that pins `_id` (a value or `$in`) reads just those documents and is then matched in
     * full, as before: the same result, at O(1) instead of O(collection).
     *
     * String ids (every id this project makes) go straight to the data map, whose key is the `_id` itself: the `_id`
     * index maps each id to that same key, and its lookups compare keys by Java-serializing them, which cost more
     * than the rest of a compare-and-set update. Other ids go through the `_id` index.
     */
    static final class Collection extends H2Collection {
        private final MVMap<Object, Document> documents;

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
            this.documents = dataMap;
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            // Only where the data map is keyed by `_id` (a collection without an id field keys it by random UUIDs).
            List<String> ids = "_id".equals(getIdField()) ? stringIds(query.get("_id")) : null;
            if (ids != null) {
                List<Object> present = ids.stream().filter(documents::containsKey).map(id -> (Object) id).toList();
                return matchDocuments(query, present, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            if (query.size() > 1 && query.containsKey("_id")) {
                Document byId = new Document("_id", query.get("_id"));
                for (Index<Object> index : getIndexes()) {
                    if (index.canHandle(query)) break; // the stock path already has an exact index
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit,
                            batchSize, fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        /** The ids an `_id` condition pins when it is a string or `{$in: [strings]}`, without repeats; else null. */
        private static List<String> stringIds(Object condition) {
            if (condition instanceof String id) return List.of(id);
            if (!(condition instanceof Document operators) || operators.size() != 1) return null;
            if (!(operators.get("$in") instanceof java.util.Collection<?> values)) return null;
            Set<String> ids = new LinkedHashSet<>();
            for (Object value : values) {
                if (!(value instanceof String id)) return null;
                ids.add(id);
            }
            return List.copyOf(ids);
        }
    }
}
