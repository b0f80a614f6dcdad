package main

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"time"

	// The SQLite driver FerretDB itself uses, registered as "sqlite".
	_ "modernc.org/sqlite"
)

// FerretDB 1.24's SQLite backend finds a document by _id with
// `_ferretdb_sjson->'$._id' = ?` (the pushed-down filter of find, update and
// delete), but indexes _id on `_ferretdb_sjson->"_id"`. SQLite only uses an
// expression index for the very same expression, so every lookup by _id scans
// the whole table: an update by _id costs ~50 ms at 5,000 documents and grows
// with the collection. idIndexKeeper adds an index on the expression the
// lookups use to every collection table, from a connection of its own, shortly
// after the table appears. FerretDB keeps its index list in its own metadata,
// so listIndexes never shows this index, and dropping the collection drops it.
const (
	idLookupExpr       = `_ferretdb_sjson->'$._id'`
	idLookupSuffix     = "__fg_id_lookup"
	idIndexPollPeriod  = 200 * time.Millisecond
	idIndexBusyTimeout = 5000
)

type fileState struct {
	size    int64
	modTime time.Time
}

type idIndexKeeper struct {
	dir    string
	logger *slog.Logger
	// What each database's files looked like when it was last indexed: an
	// unchanged database cannot have gained a table.
	seen map[string][2]fileState
}

func newIDIndexKeeper(dir string, logger *slog.Logger) *idIndexKeeper {
	return &idIndexKeeper{dir: dir, logger: logger, seen: map[string][2]fileState{}}
}

func (k *idIndexKeeper) run(ctx context.Context) {
	ticker := time.NewTicker(idIndexPollPeriod)
	defer ticker.Stop()
	for {
		k.pass(ctx)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}

func (k *idIndexKeeper) pass(ctx context.Context) {
	files, err := filepath.Glob(filepath.Join(k.dir, "*.sqlite"))
	if err != nil {
		k.logger.Warn("listing databases for _id indexes", "err", err)
		return
	}
	present := make(map[string]bool, len(files))
	for _, file := range files {
		present[file] = true
		state := [2]fileState{statOf(file), statOf(file + "-wal")}
		if previous, ok := k.seen[file]; ok && previous == state {
			continue
		}
		if err := indexDatabase(ctx, file); err != nil {
			// Dropped meanwhile, or busy: the next pass tries again.
			k.logger.Debug("adding _id lookup indexes", "db", filepath.Base(file), "err", err)
			delete(k.seen, file)
			continue
		}
		// Taken after our own CREATE INDEX so that it does not count as a change.
		k.seen[file] = [2]fileState{statOf(file), statOf(file + "-wal")}
	}
	for file := range k.seen {
		if !present[file] {
			delete(k.seen, file)
		}
	}
}

func statOf(path string) fileState {
	info, err := os.Stat(path)
	if err != nil {
		return fileState{}
	}
	return fileState{size: info.Size(), modTime: info.ModTime()}
}

func indexDatabase(ctx context.Context, file string) error {
	// mode=rw: a database FerretDB has just dropped must not be created again.
	dsn := (&url.URL{
		Scheme:   "file",
		Path:     filepath.ToSlash(file),
		RawQuery: fmt.Sprintf("mode=rw&_pragma=busy_timeout(%d)", idIndexBusyTimeout),
	}).String()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)

	missing, err := tablesWithoutIDIndex(ctx, db)
	if err != nil {
		return err
	}
	for _, table := range missing {
		q := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %q ON %q (%s)`, table+idLookupSuffix, table, idLookupExpr)
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", table, err)
		}
	}
	return nil
}

// tablesWithoutIDIndex lists FerretDB's collection tables (every table but its
// own _ferretdb_* metadata and SQLite's) that lack the lookup index.
func tablesWithoutIDIndex(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, `
		SELECT t.name FROM sqlite_schema AS t
		WHERE t.type = 'table'
		  AND t.name NOT LIKE '\_ferretdb\_%' ESCAPE '\'
		  AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
		  AND NOT EXISTS (
		    SELECT 1 FROM sqlite_schema AS i
		    WHERE i.type = 'index' AND i.tbl_name = t.name AND i.name = t.name || ?
		  )`, idLookupSuffix)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var tables []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		tables = append(tables, name)
	}
	return tables, rows.Err()
}
