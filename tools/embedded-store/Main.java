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
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVMap;

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

        Backend(String fileName) {
            super(fileName);
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
                if (WRITES.contains(command.toLowerCase())) commit();
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
     * the collection. Here a filter that pins `_id` (a value or `$in`) reads just those documents through the `_id`
     * index and is then matched in full, as before: the same result, at O(1) instead of O(collection).
     */
    static final class Collection extends H2Collection {
        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
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
    }
}
