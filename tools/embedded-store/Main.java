// The embedded MongoDB-wire store for local development and tests: mongo-java-server's in-memory backend made durable
// by a journal of its own, so `npm start` and `npm test` need neither a MongoDB install nor Docker. Production uses
// MongoDB (MONGO_URL); this process only has to keep the promises of MongoDB the code relies on (README, "Local stack").
//
// Usage: java -cp <classes>:<lib>/* Main -listen 127.0.0.1:27017 -data .data/store
// Prints "store listening on mongodb://HOST:PORT/" once it accepts connections.
//
// Files in the data directory: `snapshot.bson` (every document of every collection, system collections included, as of
// its generation) and `journal-<generation>.bson` (every change since, appended before the command that made it is
// acknowledged). Both are a sequence of records, each a BSON document followed by its CRC-32C.

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoCollection;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

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
        if (Files.exists(dir.resolve("store.mv.db"))) {
            System.err.println("store: " + dir.resolve("store.mv.db") + " is the file of the earlier H2-based store; it is"
                + " not read (this store starts empty beside it); delete it to reclaim the space");
        }
        Journal journal = new Journal(dir);
        Backend backend = new Backend(journal);
        long started = System.nanoTime();
        State state = journal.recover();
        backend.load(state);
        // Start every run from one snapshot and an empty journal, so recovery never replays more than one run's changes.
        backend.compact();
        System.err.printf("store: loaded %d documents in %d ms%n", state.documents, (System.nanoTime() - started) / 1_000_000);

        MongoServer server = new MongoServer(backend);
        server.bind(host, port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            journal.flushAll();
        }, "store-shutdown"));

        System.out.println("store listening on mongodb://" + host + ":" + port + "/");
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void fail(String message) {
        System.err.println("store: " + message);
        System.exit(2);
    }

    /**
     * mongo-java-server's in-memory backend (its own MemoryBackend has no more than the database factory below), with
     * every change journaled before the command is acknowledged, a TTL monitor, and compaction of the journal into a
     * new snapshot.
     */
    static final class Backend extends AbstractMongoBackend {
        // Like MongoDB's TTL monitor: a background pass every minute, so a document lives a little past its expiry.
        private static final long TTL_PASS_SECONDS = 60;

        private final Journal journal;
        // Commands hold it shared; a compaction holds it alone, so a snapshot sees no half-applied command.
        private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
        private final ScheduledExecutorService ttlMonitor = daemonThread("store-ttl-monitor");
        private final ExecutorService compactor = daemonThread("store-compactor");
        private final AtomicBoolean compactionQueued = new AtomicBoolean();
        // The documents of the databases being reopened at start-up; empty afterwards.
        private Map<String, Map<String, LinkedHashMap<Document, Document>>> reopening = Map.of();

        Backend(Journal journal) {
            this.journal = journal;
            ttlMonitor.scheduleWithFixedDelay(this::expireDocuments, TTL_PASS_SECONDS, TTL_PASS_SECONDS, TimeUnit.SECONDS);
        }

        private static ScheduledExecutorService daemonThread(String name) {
            return Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
        }

        /** Reopens every database of a recovered state, without journaling what it already holds. */
        void load(State state) {
            reopening = state.databases;
            try {
                for (Map.Entry<String, Map<String, LinkedHashMap<Document, Document>>> database : state.databases.entrySet()) {
                    // A database lives as long as it has a collection: system.namespaces lists them.
                    LinkedHashMap<Document, Document> namespaces = database.getValue().get("system.namespaces");
                    if (namespaces != null && !namespaces.isEmpty()) resolveDatabase(database.getKey());
                }
            } finally {
                reopening = Map.of();
            }
            journal.enabled = true;
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName, getCursorRegistry(), reopening.getOrDefault(databaseName, Map.of()));
        }

        /**
         * Every command's changes reach the journal file before its answer leaves (not necessarily the disk: no fsync,
         * as with MongoDB's default write concern without journaling). Commands of other connections that finish
         * while one writes share the next write (group commit).
         */
        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            gate.readLock().lock();
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                try {
                    if (journal.awaitWritten()) compactLater();
                } finally {
                    gate.readLock().unlock();
                }
            }
        }

        @Override
        public void dropDatabase(String databaseName) {
            super.dropDatabase(databaseName);
            journal.droppedDatabase(databaseName);
        }

        private void compactLater() {
            if (compactionQueued.compareAndSet(false, true)) compactor.execute(() -> {
                try {
                    compact();
                } catch (RuntimeException e) {
                    System.err.println("store: compaction failed: " + e);
                } finally {
                    compactionQueued.set(false);
                }
            });
        }

        /** Writes every document into a new snapshot and starts a new, empty journal, with every command held. */
        void compact() {
            gate.writeLock().lock();
            try {
                long started = System.nanoTime();
                journal.startGeneration(out -> {
                    for (String databaseName : Set.copyOf(listDatabaseNames())) {
                        if (resolveDatabase(databaseName) instanceof Database database) database.snapshot(out);
                    }
                });
                if (compactionQueued.get()) {
                    System.err.printf("store: compacted the journal into a snapshot of %d MB in %d ms%n",
                        journal.snapshotBytes >> 20, (System.nanoTime() - started) / 1_000_000);
                }
            } finally {
                gate.writeLock().unlock();
            }
        }

        /**
         * mongo-java-server keeps a TTL index's `expireAfterSeconds` but never removes a document by it. This pass does
         * what MongoDB's TTL monitor does: for every index with `expireAfterSeconds` on a date field, it deletes the
         * documents whose date is older than now minus that many seconds.
         */
        private void expireDocuments() {
            gate.readLock().lock();
            try {
                for (String databaseName : Set.copyOf(listDatabaseNames())) {
                    if (resolveDatabase(databaseName) instanceof Database database) database.expireDocuments(Instant.now());
                }
            } catch (RuntimeException e) {
                System.err.println("store: TTL pass failed: " + e);
            } finally {
                try {
                    journal.awaitWritten();
                } finally {
                    gate.readLock().unlock();
                }
            }
        }

        final class Database extends AbstractSynchronizedMongoDatabase<Integer> {
            private Map<String, LinkedHashMap<Document, Document>> reopened;

            Database(String databaseName, CursorRegistry cursorRegistry, Map<String, LinkedHashMap<Document, Document>> reopened) {
                super(databaseName, cursorRegistry);
                this.reopened = reopened;
                // Opens the collections system.namespaces lists and rebuilds the indexes system.indexes describes.
                initializeNamespacesAndIndexes();
                this.reopened = Map.of();
            }

            @Override
            protected MongoCollection<Integer> openOrCreateCollection(String collectionName, CollectionOptions options) {
                Collection collection = new Collection(this, collectionName, options, cursorRegistry, journal);
                LinkedHashMap<Document, Document> documents = reopened.get(collectionName);
                if (documents != null) collection.reopen(documents.values());
                return collection;
            }

            @Override
            protected Index<Integer> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
                return new MemoryUniqueIndex(indexName, keys, sparse);
            }

            @Override
            protected long getStorageSize() {
                return 0;
            }

            @Override
            protected long getFileSize() {
                return 0;
            }

            /**
             * Upstream checks that the collection is missing and then creates it without holding the database's lock,
             * so an explicit `create` racing an implicit one (mongoose's autoCreate next to ensureIndexes, a first
             * insert) failed with an internal error instead of NamespaceExists or success. Held here, as for
             * every other change to the database's collections.
             */
            @Override
            public synchronized MongoCollection<Integer> createCollectionOrThrowIfExists(String collectionName,
                                                                                         CollectionOptions options) {
                return super.createCollectionOrThrowIfExists(collectionName, options);
            }

            /** Deletes the expired documents of every TTL index of this database. */
            void expireDocuments(Instant now) {
                MongoCollection<Integer> indexCollection = indexes.get();
                if (indexCollection == null) return;
                for (Document index : indexCollection.handleQuery(new Document("expireAfterSeconds", new Document("$exists", true)))) {
                    Document key = (Document) index.get("key");
                    String namespace = (String) index.get("ns");
                    if (key == null || key.size() != 1 || namespace == null) continue;
                    String field = key.keySet().iterator().next();
                    long seconds = ((Number) index.get("expireAfterSeconds")).longValue();
                    MongoCollection<Integer> collection = resolveCollection(namespace.substring(getDatabaseName().length() + 1), false);
                    if (collection == null) continue;
                    collection.deleteDocuments(new Document(field, new Document("$lt", now.minusSeconds(seconds))), 0);
                }
            }

            /** A put record for every document of this database, system collections included. */
            void snapshot(Consumer<Document> out) {
                Set<String> names = new LinkedHashSet<>(List.of("system.namespaces", "system.indexes"));
                MongoCollection<Integer> namespaces = resolveCollection("system.namespaces", false);
                if (namespaces instanceof Collection listed) {
                    listed.forEachDocument(namespace -> names.add(((String) namespace.get("name")).substring(getDatabaseName().length() + 1)));
                }
                for (String name : names) {
                    if (resolveCollection(name, false) instanceof Collection collection) collection.snapshot(out);
                }
            }
        }
    }

    /**
     * A collection in memory (as mongo-java-server's MemoryCollection) whose every change is journaled, whose stored
     * documents are never changed in place, and which reads by `_id` whenever a filter pins it.
     */
    static final class Collection extends AbstractSynchronizedMongoCollection<Integer> {
        private final Journal journal;
        private final List<Document> documents = new ArrayList<>();
        private final ArrayDeque<Integer> freePositions = new ArrayDeque<>();

        Collection(MongoDatabase database, String collectionName, CollectionOptions options, CursorRegistry cursorRegistry,
                   Journal journal) {
            super(database, collectionName, options, cursorRegistry);
            this.journal = journal;
        }

        /** Start-up: the recovered documents, before any index exists (adding an index indexes them). */
        void reopen(Iterable<Document> recovered) {
            for (Document document : recovered) documents.add(document);
        }

        synchronized void forEachDocument(Consumer<Document> action) {
            for (Document document : documents) if (document != null) action.accept(document);
        }

        synchronized void snapshot(Consumer<Document> out) {
            forEachDocument(document -> out.accept(Journal.put(getDatabaseName(), getCollectionName(), keyOf(document), document)));
        }

        /**
         * What identifies a document in the journal: its id, or for system.indexes (which has no id field) the
         * namespace and name of the index it describes.
         */
        private Document keyOf(Document document) {
            String idField = getIdField();
            if (idField != null && document.containsKey(idField)) return new Document(idField, document.get(idField));
            if (document.containsKey("ns") && document.containsKey("name")) {
                return new Document("ns", document.get("ns")).append("name", document.get("name"));
            }
            return document;
        }

        @Override
        protected Integer addDocumentInternal(Document document) {
            Integer position = freePositions.poll();
            if (position == null) {
                position = documents.size();
                documents.add(document);
            } else {
                documents.set(position, document);
            }
            journal.append(Journal.put(getDatabaseName(), getCollectionName(), keyOf(document), document));
            return position;
        }

        /**
         * Upstream updates the document a query returned in place; queries here return copies (below), so the updated
         * copy replaces the stored document, and a reader still encoding the old one never sees a half-made change.
         */
        @Override
        protected void handleUpdate(Integer position, Document oldDocument, Document newDocument) {
            documents.set(position, newDocument);
            Document oldKey = keyOf(oldDocument);
            Document newKey = keyOf(newDocument);
            if (!oldKey.equals(newKey)) journal.append(Journal.delete(getDatabaseName(), getCollectionName(), oldKey));
            journal.append(Journal.put(getDatabaseName(), getCollectionName(), newKey, newDocument));
        }

        @Override
        protected void removeDocument(Integer position) {
            Document removed = documents.set(position, null);
            freePositions.add(position);
            journal.append(Journal.delete(getDatabaseName(), getCollectionName(), keyOf(removed)));
        }

        @Override
        public void drop() {
            journal.append(new Document("o", "dc").append("d", getDatabaseName()).append("c", getCollectionName()));
            super.drop();
        }

        @Override
        public synchronized void renameTo(MongoDatabase newDatabase, String newCollectionName) {
            journal.append(new Document("o", "rn").append("d", getDatabaseName()).append("c", getCollectionName())
                .append("nd", newDatabase.getDatabaseName()).append("nc", newCollectionName));
            super.renameTo(newDatabase, newCollectionName);
        }

        /** Every result is a copy: stored documents stay as they were stored, whoever holds a result. */
        @Override
        protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
            List<Document> copies = new ArrayList<>(matchedDocuments.size());
            for (Document document : matchedDocuments) copies.add(document.cloneDeeply());
            return super.createQueryResult(copies, batchSize);
        }

        /**
         * mongo-java-server uses an index only when the filter names exactly the index's fields, so the filters the
         * code sends most, `{_id, accountId}` and compare-and-set updates `{_id, accountId, status}`, read every
         * document of the collection. Here a filter that pins `_id` reads the documents the `_id` index names and is
         * then matched in full: the same result, at O(1) instead of O(collection).
         */
        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            if (query.size() > 1 && query.containsKey("_id")) {
                Document byId = new Document("_id", query.get("_id"));
                for (Index<Integer> index : getIndexes()) {
                    if (index.canHandle(query)) break; // the stock path already has an exact index
                    if (index.canHandle(byId)) {
                        return matchDocuments(query, index.getPositions(byId), orderBy, numberToSkip, limit, batchSize,
                            fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                             Document fieldSelector) {
            Stream<Document> all = isNaturalDescending(orderBy)
                ? IntStream.iterate(documents.size() - 1, i -> i >= 0, i -> i - 1).mapToObj(documents::get)
                : documents.stream();
            return matchDocumentsFromStream(all.filter(Objects::nonNull), query, orderBy, numberToSkip, limit, batchSize,
                fieldSelector);
        }

        @Override
        protected Document getDocument(Integer position) {
            return documents.get(position);
        }

        @Override
        protected Integer findDocumentPosition(Document document) {
            int position = documents.indexOf(document);
            return position < 0 ? null : position;
        }

        @Override
        protected Stream<DocumentWithPosition<Integer>> streamAllDocumentsWithPosition() {
            return IntStream.range(0, documents.size())
                .filter(position -> documents.get(position) != null)
                .mapToObj(position -> new DocumentWithPosition<>(documents.get(position), position));
        }

        @Override
        public synchronized int count() {
            return documents.size() - freePositions.size();
        }

        @Override
        public synchronized boolean isEmpty() {
            return count() == 0;
        }

        // Upstream computes every document's BSON size on each write for collStats; nothing here reads it.
        @Override
        protected boolean tracksDataSize() {
            return false;
        }

        @Override
        protected void updateDataSize(int sizeDelta) {
        }

        @Override
        protected int getDataSize() {
            return 0;
        }
    }

    /**
     * The append-only journal and the snapshot. A change is encoded when it is made (under its collection's lock, so
     * changes of one document are journaled in the order they were made) into a shared buffer; before a command is
     * answered, the buffer is written to the journal file if an earlier write has not already taken this command's
     * changes with it.
     */
    static final class Journal {
        // A new snapshot once the journal outgrows both of these, so start-up replays a bounded journal.
        private static final long COMPACT_AFTER_BYTES = 64L << 20;
        private static final int COMPACT_AFTER_SNAPSHOTS = 2;

        private final Path dir;
        volatile boolean enabled;

        private final Object appendLock = new Object();
        private ByteBuf pending = Unpooled.buffer(1 << 16); // guarded by appendLock
        private long appended; // records appended so far, guarded by appendLock

        private final Object writeLock = new Object();
        private ByteBuf spare = Unpooled.buffer(1 << 16); // guarded by writeLock
        private volatile long written; // records in the file so far, written under writeLock
        private FileChannel channel; // guarded by writeLock
        private long generation;
        private long journalBytes;
        private long snapshotBytes;

        // The last record each command thread appended, and a scratch buffer to encode into.
        private final ThreadLocal<long[]> owed = ThreadLocal.withInitial(() -> new long[1]);
        private final ThreadLocal<ByteBuf> scratch = ThreadLocal.withInitial(() -> Unpooled.buffer(1024));

        Journal(Path dir) {
            this.dir = dir;
        }

        static Document put(String database, String collection, Document key, Document document) {
            return new Document("o", "p").append("d", database).append("c", collection).append("k", key).append("v", document);
        }

        static Document delete(String database, String collection, Document key) {
            return new Document("o", "x").append("d", database).append("c", collection).append("k", key);
        }

        void droppedDatabase(String database) {
            append(new Document("o", "dd").append("d", database));
        }

        private Path snapshotFile() {
            return dir.resolve("snapshot.bson");
        }

        private Path journalFile(long generation) {
            return dir.resolve("journal-" + generation + ".bson");
        }

        void append(Document record) {
            if (!enabled) return;
            ByteBuf buffer = scratch.get();
            buffer.clear();
            frame(record, buffer);
            long sequence;
            synchronized (appendLock) {
                pending.writeBytes(buffer, buffer.readerIndex(), buffer.readableBytes());
                sequence = ++appended;
            }
            owed.get()[0] = sequence;
        }

        private static void frame(Document record, ByteBuf out) {
            int start = out.writerIndex();
            BsonEncoder.encodeDocument(record, out);
            CRC32C crc = new CRC32C();
            crc.update(out.nioBuffer(start, out.writerIndex() - start));
            out.writeIntLE((int) crc.getValue());
        }

        /**
         * Returns once every record this thread appended is in the journal file; answers whether the journal has grown
         * enough to be compacted.
         */
        boolean awaitWritten() {
            long[] owedHere = owed.get();
            long sequence = owedHere[0];
            if (sequence == 0) return false;
            owedHere[0] = 0;
            if (written >= sequence) return false;
            synchronized (writeLock) {
                if (written < sequence) writePending();
                return journalBytes > COMPACT_AFTER_BYTES && journalBytes > COMPACT_AFTER_SNAPSHOTS * snapshotBytes;
            }
        }

        void flushAll() {
            synchronized (writeLock) {
                writePending();
            }
        }

        /** Writes every record appended so far (under writeLock). */
        private void writePending() {
            ByteBuf batch;
            long upTo;
            synchronized (appendLock) {
                batch = pending;
                pending = spare;
                upTo = appended;
            }
            try {
                if (batch.isReadable() && channel != null) {
                    ByteBuffer bytes = batch.nioBuffer();
                    while (bytes.hasRemaining()) channel.write(bytes);
                    journalBytes += batch.readableBytes();
                }
            } catch (IOException e) {
                // Answering later commands would acknowledge writes that are not in the file: stop, as mongod does.
                System.err.println("store: cannot write the journal, stopping: " + e);
                Runtime.getRuntime().halt(1);
            }
            batch.clear();
            spare = batch;
            written = upTo;
        }

        /**
         * Writes what `snapshot` produces (every document, under the backend's exclusive gate) as the next generation's
         * snapshot, then switches to that generation's empty journal. A crash at any point leaves either the old
         * snapshot and its full journal or the new snapshot.
         */
        void startGeneration(Consumer<Consumer<Document>> snapshot) {
            synchronized (writeLock) {
                writePending();
                long next = generation + 1;
                Path temporary = dir.resolve("snapshot.bson.tmp");
                try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuf buffer = Unpooled.buffer(1 << 20);
                    frame(new Document("o", "g").append("g", next), buffer);
                    snapshot.accept(record -> {
                        frame(record, buffer);
                        if (buffer.readableBytes() > (1 << 20)) drain(buffer, out);
                    });
                    drain(buffer, out);
                    out.force(true);
                    snapshotBytes = out.size();
                    Files.move(temporary, snapshotFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    FileChannel previous = channel;
                    channel = FileChannel.open(journalFile(next), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
                    generation = next;
                    journalBytes = 0;
                    if (previous != null) previous.close();
                    deleteJournalsBut(next);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the snapshot", e);
                }
            }
        }

        private static void drain(ByteBuf buffer, FileChannel out) {
            try {
                ByteBuffer bytes = buffer.nioBuffer();
                while (bytes.hasRemaining()) out.write(bytes);
                buffer.clear();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void deleteJournalsBut(long keep) throws IOException {
            try (DirectoryStream<Path> journals = Files.newDirectoryStream(dir, "journal-*.bson")) {
                for (Path journal : journals) {
                    if (!journal.equals(journalFile(keep))) Files.deleteIfExists(journal);
                }
            }
        }

        /** The snapshot, then its generation's journal up to the last complete record. */
        State recover() throws IOException {
            State state = new State();
            if (Files.exists(snapshotFile())) {
                readRecords(snapshotFile(), record -> {
                    if ("g".equals(record.get("o"))) generation = ((Number) record.get("g")).longValue();
                    else state.apply(record);
                });
            }
            Path journal = journalFile(generation);
            if (Files.exists(journal)) readRecords(journal, state::apply);
            return state;
        }

        /**
         * Reads records until the end or the first incomplete or damaged one: a record is acknowledged only after it
         * was written whole, so what follows a torn one was never acknowledged.
         */
        private static void readRecords(Path file, Consumer<Document> apply) throws IOException {
            ByteBuf bytes = Unpooled.wrappedBuffer(Files.readAllBytes(file));
            while (bytes.readableBytes() >= 9) {
                int start = bytes.readerIndex();
                int length = bytes.getIntLE(start);
                if (length < 5 || length + 4 > bytes.readableBytes()) break;
                CRC32C crc = new CRC32C();
                crc.update(bytes.nioBuffer(start, length));
                if ((int) crc.getValue() != bytes.getIntLE(start + length)) break;
                apply.accept(BsonDecoder.decodeBson(bytes.slice(start, length)));
                bytes.readerIndex(start + length + 4);
            }
            if (bytes.isReadable()) {
                System.err.println("store: ignored " + bytes.readableBytes() + " bytes of an incomplete record at the end of " + file);
            }
        }
    }

    /** Documents by database, collection and key, as records replayed in order leave them. */
    static final class State {
        final Map<String, Map<String, LinkedHashMap<Document, Document>>> databases = new LinkedHashMap<>();
        long documents;

        void apply(Document record) {
            String database = (String) record.get("d");
            String collection = (String) record.get("c");
            switch ((String) record.get("o")) {
                case "p" -> {
                    Document previous = databases.computeIfAbsent(database, name -> new LinkedHashMap<>())
                        .computeIfAbsent(collection, name -> new LinkedHashMap<>())
                        .put((Document) record.get("k"), (Document) record.get("v"));
                    if (previous == null) documents++;
                }
                case "x" -> {
                    LinkedHashMap<Document, Document> documentsOf = collectionOf(database, collection);
                    if (documentsOf != null && documentsOf.remove(record.get("k")) != null) documents--;
                }
                case "dc" -> {
                    Map<String, LinkedHashMap<Document, Document>> collections = databases.get(database);
                    LinkedHashMap<Document, Document> dropped = collections == null ? null : collections.remove(collection);
                    if (dropped != null) documents -= dropped.size();
                }
                case "rn" -> {
                    Map<String, LinkedHashMap<Document, Document>> collections = databases.get(database);
                    LinkedHashMap<Document, Document> moved = collections == null ? null : collections.remove(collection);
                    if (moved != null) {
                        LinkedHashMap<Document, Document> replaced = databases
                            .computeIfAbsent((String) record.get("nd"), name -> new LinkedHashMap<>())
                            .put((String) record.get("nc"), moved);
                        if (replaced != null) documents -= replaced.size();
                    }
                }
                case "dd" -> {
                    Map<String, LinkedHashMap<Document, Document>> dropped = databases.remove(database);
                    if (dropped != null) for (LinkedHashMap<Document, Document> c : dropped.values()) documents -= c.size();
                }
                default -> throw new IllegalStateException("unknown journal record " + record.get("o"));
            }
        }

        private LinkedHashMap<Document, Document> collectionOf(String database, String collection) {
            Map<String, LinkedHashMap<Document, Document>> collections = databases.get(database);
            return collections == null ? null : collections.get(collection);
        }
    }
}
