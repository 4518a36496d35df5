// Every table of the workspace, in the order it was introduced.
#include "store/Schema.h"

namespace fw::store {

const std::vector<Migration>& workspaceMigrations()
{
    static const std::vector<Migration> list = {
        {1, "workspace metadata and wallet identities", R"sql(
            CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            );
            CREATE TABLE identities (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL,
                address     TEXT NOT NULL UNIQUE,
                public_key  BLOB NOT NULL,
                entropy     BLOB NOT NULL,  -- BIP39 entropy; the key and the words derive from it
                is_default  INTEGER NOT NULL DEFAULT 0,
                created_at  INTEGER NOT NULL -- seconds since the epoch, UTC
            );
        )sql"},
        {2, "activity log", R"sql(
            CREATE TABLE activity (
                id          INTEGER PRIMARY KEY,
                at          INTEGER NOT NULL,  -- milliseconds since the epoch, UTC
                kind        TEXT NOT NULL,     -- "workspace.created", "identity.created", ...
                detail      TEXT NOT NULL DEFAULT ''
            );
            CREATE INDEX activity_at ON activity(at);
            CREATE UNIQUE INDEX identities_one_default ON identities(is_default) WHERE is_default = 1;
        )sql"},
        {3, "datanets, contributions, records, review log, frozen versions", R"sql(
            CREATE TABLE datanets (
                id                 INTEGER PRIMARY KEY,
                uid                BLOB NOT NULL UNIQUE,  -- 16 random bytes, bound into signatures
                name               TEXT NOT NULL UNIQUE,
                domain             TEXT NOT NULL DEFAULT '',
                description        TEXT NOT NULL DEFAULT '',
                license            TEXT NOT NULL DEFAULT '',
                kind               TEXT NOT NULL
                                   CHECK (kind IN ('instruction', 'chat', 'text', 'preference')),
                min_approved       INTEGER NOT NULL DEFAULT 0,
                min_contributors   INTEGER NOT NULL DEFAULT 0,
                min_tokens         INTEGER NOT NULL DEFAULT 0,
                max_duplicate_rate REAL NOT NULL DEFAULT 1.0,
                min_approval_rate  REAL NOT NULL DEFAULT 0.0,
                created_at         INTEGER NOT NULL   -- milliseconds since the epoch, UTC
            );
            -- One import or one hand-added record, signed by its contributor over the Merkle root
            -- of the content hashes of the records it stored, in insertion order.
            CREATE TABLE contributions (
                id              INTEGER PRIMARY KEY,
                datanet_id      INTEGER NOT NULL REFERENCES datanets(id),
                contributor     TEXT NOT NULL,        -- fw1... address
                merkle_root     BLOB NOT NULL,
                record_count    INTEGER NOT NULL,
                duplicate_count INTEGER NOT NULL DEFAULT 0,  -- exact duplicates not stored
                malformed_count INTEGER NOT NULL DEFAULT 0,  -- malformed lines skipped
                signature       BLOB NOT NULL,
                source          TEXT NOT NULL DEFAULT '',
                created_at      INTEGER NOT NULL
            );
            CREATE INDEX contributions_datanet ON contributions(datanet_id);
            CREATE TABLE records (
                id              INTEGER PRIMARY KEY,
                datanet_id      INTEGER NOT NULL REFERENCES datanets(id),
                contribution_id INTEGER NOT NULL REFERENCES contributions(id),
                content         TEXT NOT NULL,        -- normalised JSON, keys sorted
                content_hash    BLOB NOT NULL,        -- BLAKE2b-256 of content
                contributor     TEXT NOT NULL,
                status          TEXT NOT NULL DEFAULT 'pending'
                                CHECK (status IN ('pending', 'approved', 'rejected', 'flagged')),
                reject_reason   TEXT NOT NULL DEFAULT '',
                near_duplicate  INTEGER NOT NULL DEFAULT 0,
                band_keys       BLOB NOT NULL,        -- MinHash LSH band keys, for later imports
                tokens          INTEGER NOT NULL,     -- estimated
                created_at      INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX records_hash ON records(datanet_id, content_hash);
            CREATE INDEX records_status ON records(datanet_id, status);
            CREATE INDEX records_contributor ON records(datanet_id, contributor);
            CREATE INDEX records_contribution ON records(contribution_id);
            CREATE TRIGGER records_content_immutable BEFORE UPDATE OF content, content_hash,
                contributor, contribution_id, datanet_id ON records
            BEGIN SELECT RAISE(ABORT, 'record content is immutable'); END;
            -- Every status change, grouped in batches so one undo reverts one user action.
            CREATE TABLE review_log (
                id          INTEGER PRIMARY KEY,
                datanet_id  INTEGER NOT NULL REFERENCES datanets(id),
                batch       INTEGER NOT NULL,
                record_id   INTEGER NOT NULL REFERENCES records(id),
                old_status  TEXT NOT NULL,
                old_reason  TEXT NOT NULL,
                new_status  TEXT NOT NULL,
                new_reason  TEXT NOT NULL,
                at          INTEGER NOT NULL,
                undone      INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX review_log_batch ON review_log(datanet_id, batch);
            CREATE TABLE datanet_versions (
                id                INTEGER PRIMARY KEY,
                datanet_id        INTEGER NOT NULL REFERENCES datanets(id),
                root              BLOB NOT NULL UNIQUE,  -- the version id
                record_count      INTEGER NOT NULL,
                contributor_count INTEGER NOT NULL,
                token_count       INTEGER NOT NULL,
                ready             INTEGER NOT NULL,      -- requirements held at freeze time
                created_at        INTEGER NOT NULL
            );
            CREATE TABLE version_records (
                version_id   INTEGER NOT NULL REFERENCES datanet_versions(id),
                position     INTEGER NOT NULL,           -- leaf index in the Merkle tree
                record_id    INTEGER NOT NULL REFERENCES records(id),
                content_hash BLOB NOT NULL,
                PRIMARY KEY (version_id, position)
            ) WITHOUT ROWID;
            CREATE TRIGGER datanet_versions_no_update BEFORE UPDATE ON datanet_versions
            BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
            CREATE TRIGGER datanet_versions_no_delete BEFORE DELETE ON datanet_versions
            BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
            CREATE TRIGGER version_records_no_update BEFORE UPDATE ON version_records
            BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
            CREATE TRIGGER version_records_no_delete BEFORE DELETE ON version_records
            BEGIN SELECT RAISE(ABORT, 'versions are immutable'); END;
        )sql"},
        {4, "full-text search over records; records in id order per datanet", R"sql(
            -- Contentless: the index holds words only, the text stays in records. Since migration
            -- 19 it lives in a file of its own (store/SearchIndexFile.h).
            CREATE VIRTUAL TABLE records_fts USING fts4(content="", text);
            -- (datanet_id, rowid): the review table pages by id without sorting the whole datanet.
            CREATE INDEX records_datanet ON records(datanet_id);
        )sql"},
        {5, "models and adapters with their files", R"sql(
            -- Models (Hugging Face layout) and LoRA adapters (PEFT layout), registered by name.
            CREATE TABLE models (
                id              INTEGER PRIMARY KEY,
                name            TEXT NOT NULL UNIQUE,
                kind            TEXT NOT NULL CHECK (kind IN ('model', 'adapter')),
                -- adapter: the model it adapts; model: the model it was fine-tuned from (NULL: none)
                base_model_id   INTEGER REFERENCES models(id),
                source          TEXT NOT NULL,              -- "import", "training", ...
                architecture    TEXT NOT NULL DEFAULT '',   -- "LlamaForCausalLM", "lora"
                parameter_count INTEGER NOT NULL DEFAULT 0,
                size_bytes      INTEGER NOT NULL DEFAULT 0, -- sum of its files' sizes
                lineage         TEXT NOT NULL DEFAULT '{}', -- JSON object: datanet versions, config...
                created_at      INTEGER NOT NULL,           -- milliseconds since the epoch, UTC
                CHECK (kind = 'model' OR base_model_id IS NOT NULL)
            );
            CREATE INDEX models_base ON models(base_model_id);
            -- The files, in chunks of 4 MiB: no blob nears SQLite's 1 GB limit and imports and
            -- exports stream with flat memory. Chunks of one file are numbered 0, 1, 2... in order.
            CREATE TABLE model_files (
                id       INTEGER PRIMARY KEY,
                model_id INTEGER NOT NULL REFERENCES models(id),
                name     TEXT NOT NULL,                     -- a file name, never a path
                chunk    INTEGER NOT NULL,
                data     BLOB NOT NULL
            );
            CREATE UNIQUE INDEX model_files_chunk ON model_files(model_id, name, chunk);
        )sql"},
        {6, "training runs: history, loss curves, checkpoints to resume from", R"sql(
            -- One row per run started in the workbench, whatever became of it. The plan is the
            -- TrainingPlan's JSON (data, base, method, output, every setting): enough to show the
            -- run, to run it again or to resume it.
            CREATE TABLE training_runs (
                id           INTEGER PRIMARY KEY,
                plan         TEXT NOT NULL,               -- JSON
                status       TEXT NOT NULL CHECK (status IN
                                 ('running', 'finished', 'failed', 'cancelled', 'interrupted')),
                version      TEXT NOT NULL DEFAULT '',    -- the first source's version id, once resolved
                total_steps  INTEGER NOT NULL DEFAULT 0,
                steps_done   INTEGER NOT NULL DEFAULT 0,
                final_loss   REAL,
                eval_loss    REAL,
                elapsed_ms   INTEGER NOT NULL DEFAULT 0,  -- training time, summed over resumes
                message      TEXT NOT NULL DEFAULT '',    -- why it failed, for people
                started_at   INTEGER NOT NULL,            -- milliseconds since the epoch, UTC
                finished_at  INTEGER
            );
            -- The loss curve, one row per optimizer step; a resumed run overwrites from its checkpoint.
            CREATE TABLE training_run_points (
                run_id        INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
                step          INTEGER NOT NULL,
                loss          REAL NOT NULL,
                eval_loss     REAL,
                learning_rate REAL NOT NULL,
                tokens_per_s  REAL NOT NULL,
                PRIMARY KEY (run_id, step)
            ) WITHOUT ROWID;
            -- The latest checkpoint of an unfinished run (weights and optimizer state), in chunks
            -- like model files: kept inside the encrypted database, not beside it.
            CREATE TABLE training_run_checkpoints (
                run_id  INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
                chunk   INTEGER NOT NULL,
                step    INTEGER NOT NULL,
                data    BLOB NOT NULL,
                PRIMARY KEY (run_id, chunk)
            );
        )sql"},
        {7, "signed version statements", R"sql(
            -- The curator's signature over a frozen version (datanet/VersionStatement.h), so a proof
            -- can be checked against a root someone vouched for. Kept beside the immutable version.
            CREATE TABLE version_statements (
                version_id  INTEGER PRIMARY KEY REFERENCES datanet_versions(id),
                curator     TEXT NOT NULL,        -- fw1... address of the signing identity
                frozen_at   INTEGER NOT NULL,     -- milliseconds since the epoch, UTC; signed
                signature   BLOB NOT NULL
            );
            CREATE TRIGGER version_statements_no_update BEFORE UPDATE ON version_statements
            BEGIN SELECT RAISE(ABORT, 'version statements are immutable'); END;
        )sql"},
        {8, "external identities and record-signed contributions from bundles", R"sql(
            -- Identities of people on other machines, met in signed bundles: public key only, so
            -- their entropy is empty and they can never sign here.
            ALTER TABLE identities ADD COLUMN external INTEGER NOT NULL DEFAULT 0;
            -- A contribution imported from a signed bundle carries one signature per record (made by
            -- its contributor elsewhere) instead of one over its Merkle root.
            ALTER TABLE contributions ADD COLUMN record_signed INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE record_signatures (
                record_id  INTEGER PRIMARY KEY REFERENCES records(id),
                signature  BLOB NOT NULL          -- over ContributionBundle::signedMessage(hash)
            );
        )sql"},
        {9, "span attribution indexes", R"sql(
            -- One span index per model (attribution/SpanIndex.h): the token ids of the records of the
            -- model's datanet versions with a suffix array over them. The lineage names what it was
            -- built from (datanet uids and version roots, tokenizer hash, parameters), so that anyone
            -- holding those versions and that tokenizer can build it again and compare.
            CREATE TABLE attribution_indexes (
                model_id        INTEGER PRIMARY KEY REFERENCES models(id) ON DELETE CASCADE,
                model_name      TEXT NOT NULL,       -- as it was named when the index was built
                lineage         TEXT NOT NULL,       -- JSON: sources, tokenizer hash, parameters
                token_count     INTEGER NOT NULL,
                record_count    INTEGER NOT NULL,
                built_at        INTEGER NOT NULL     -- milliseconds since the epoch, UTC
            );
            -- Its parts in chunks like model files: "spans" (the index's bytes) and "records" (which
            -- record of which datanet version, by whom, each indexed record is).
            CREATE TABLE attribution_index_files (
                model_id  INTEGER NOT NULL REFERENCES attribution_indexes(model_id) ON DELETE CASCADE,
                name      TEXT NOT NULL,
                chunk     INTEGER NOT NULL,
                data      BLOB NOT NULL,
                PRIMARY KEY (model_id, name, chunk)
            );
        )sql"},
        {10, "deployments hosted by a node", R"sql(
            -- What a flywheel-node serves: signed deploy packages (node/DeployPackage.h). The
            -- manifest's exact bytes and the owner's signature are kept, so the node re-verifies
            -- what it reads back and can show anyone what it was given.
            CREATE TABLE node_deployments (
                id             INTEGER PRIMARY KEY,
                name           TEXT NOT NULL UNIQUE,
                kind           TEXT NOT NULL CHECK (kind IN ('model', 'adapter')),
                owner          TEXT NOT NULL,
                release        INTEGER NOT NULL,
                manifest       BLOB NOT NULL,
                manifest_hash  TEXT NOT NULL,
                base_hash      TEXT NOT NULL,     -- hex; a model's own files hash
                signature      BLOB NOT NULL,
                deployed_at    INTEGER NOT NULL   -- milliseconds since the epoch, UTC
            );
            CREATE TABLE node_deployment_files (
                deployment_id  INTEGER NOT NULL REFERENCES node_deployments(id),
                name           TEXT NOT NULL,
                chunk          INTEGER NOT NULL,
                data           BLOB NOT NULL,
                PRIMARY KEY (deployment_id, name, chunk)
            );
        )sql"},
        {11, "paid inference: settlement journal, channels and lanes, receipts", R"sql(
            -- The node's settlement journal (ledger/Journal.h): signed by the node, chained by
            -- hash, append-only. Balances are derived from these rows only.
            CREATE TABLE ledger_journal (
                sequence   INTEGER PRIMARY KEY,  -- 0, 1, 2... without gaps
                kind       INTEGER NOT NULL,     -- ledger::EntryKind
                party      TEXT NOT NULL,        -- fw1... address
                channel    BLOB NOT NULL,        -- 16 bytes, or empty
                amount     INTEGER NOT NULL CHECK (amount > 0),
                evidence   BLOB NOT NULL,        -- the voucher header of a redemption, or empty
                at         INTEGER NOT NULL,     -- milliseconds since the epoch, UTC; signed
                previous   BLOB NOT NULL,
                signature  BLOB NOT NULL,
                hash       BLOB NOT NULL UNIQUE
            );
            CREATE TRIGGER ledger_journal_no_update BEFORE UPDATE ON ledger_journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
            CREATE TRIGGER ledger_journal_no_delete BEFORE DELETE ON ledger_journal
            BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
            -- Channels this node serves (ledger/Channel.h) and their lanes' latest state.
            CREATE TABLE ledger_channels (
                id        BLOB PRIMARY KEY,      -- 16 bytes
                payer     BLOB NOT NULL,         -- the payer's public key
                deposit   INTEGER NOT NULL CHECK (deposit >= 0)
            );
            CREATE TABLE ledger_lanes (
                channel     BLOB NOT NULL REFERENCES ledger_channels(id),
                lane        INTEGER NOT NULL,
                authorized  INTEGER NOT NULL,
                charged     INTEGER NOT NULL CHECK (charged >= 0 AND charged <= authorized),
                nonce       INTEGER NOT NULL,    -- the voucher's u64 nonce, as its 64 bits
                voucher     BLOB NOT NULL,       -- the latest accepted voucher's header
                PRIMARY KEY (channel, lane)
            );
            -- Receipts the node signed, in chain order (ledger/Receipt.h); one per request.
            CREATE TABLE ledger_receipts (
                position  INTEGER PRIMARY KEY,
                request   TEXT NOT NULL UNIQUE,
                hash      BLOB NOT NULL UNIQUE,
                json      BLOB NOT NULL         -- the canonical, signed JSON
            );
            CREATE TRIGGER ledger_receipts_no_update BEFORE UPDATE ON ledger_receipts
            BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
            CREATE TRIGGER ledger_receipts_no_delete BEFORE DELETE ON ledger_receipts
            BEGIN SELECT RAISE(ABORT, 'receipts are immutable'); END;
        )sql"},
        {12, "paying nodes: the payer's side of its channels, closing channels", R"sql(
            -- A node's closed channels take no more vouchers; their unused escrow was refunded.
            ALTER TABLE ledger_channels ADD COLUMN closed INTEGER NOT NULL DEFAULT 0;
            -- Channels this workspace's identities opened on nodes (ledger/PayerChannels.h).
            CREATE TABLE payer_channels (
                id            BLOB PRIMARY KEY,      -- 16 bytes, the payer's random choice
                node_url      TEXT NOT NULL,
                node_address  TEXT NOT NULL,         -- fw1...; vouchers are signed for its key
                payer         TEXT NOT NULL,         -- fw1... of the identity that pays
                deposit       INTEGER NOT NULL CHECK (deposit > 0),
                opened_at     INTEGER NOT NULL,      -- milliseconds since the epoch, UTC
                closed        INTEGER NOT NULL DEFAULT 0
            );
            -- Each lane's last signed voucher and what the node's receipts charged on it. The
            -- voucher is written before it is sent, so a crash never signs the same amount twice.
            CREATE TABLE payer_lanes (
                channel     BLOB NOT NULL REFERENCES payer_channels(id),
                lane        INTEGER NOT NULL,
                authorized  INTEGER NOT NULL CHECK (authorized >= 0),
                spent       INTEGER NOT NULL CHECK (spent >= 0),
                nonce       INTEGER NOT NULL,
                PRIMARY KEY (channel, lane)
            );
        )sql"},
        {13, "receipts collected from any node", R"sql(
            -- Receipts fetched from nodes (ledger/ReceiptArchive.h), each node's in its chain
            -- order: verified and linked to that node's previous stored receipt before they are
            -- written, append-only.
            CREATE TABLE ledger_receipt_archive (
                node      TEXT NOT NULL,     -- fw1... address of the node that signed it
                hash      BLOB NOT NULL,     -- Receipt::hash(): the next one's "previous"
                position  INTEGER NOT NULL,  -- 0, 1, 2... per node, in chain order
                at        INTEGER NOT NULL,  -- milliseconds since the epoch, UTC; signed
                json      BLOB NOT NULL,     -- the canonical, signed JSON
                PRIMARY KEY (node, hash),
                UNIQUE (node, position)
            );
            CREATE TRIGGER ledger_receipt_archive_no_update BEFORE UPDATE ON ledger_receipt_archive
            BEGIN SELECT RAISE(ABORT, 'archived receipts are immutable'); END;
            CREATE TRIGGER ledger_receipt_archive_no_delete BEFORE DELETE ON ledger_receipt_archive
            BEGIN SELECT RAISE(ABORT, 'archived receipts are immutable'); END;
        )sql"},
        {14, "human feedback: campaigns, cached answers, signed labels and the records they gave", R"sql(
            -- Human feedback labels (feedback/FeedbackLabel.h) for a preference datanet: the
            -- canonical JSON each labeler signed, ties, ratings and shuffles included, so agreement
            -- and position bias can be measured on all of them, not only on the pairs they gave.
            CREATE TABLE feedback_labels (
                id          INTEGER PRIMARY KEY,
                datanet_id  INTEGER NOT NULL REFERENCES datanets(id),
                campaign    TEXT NOT NULL,
                item        TEXT NOT NULL,
                labeler     TEXT NOT NULL,     -- fw1... address
                mode        TEXT NOT NULL,     -- pairwise, rating, rewrite, ranking
                label       BLOB NOT NULL,     -- canonical JSON, signed
                signature   BLOB NOT NULL,     -- the labeler's, over Label::signedMessage
                created_at  INTEGER NOT NULL   -- milliseconds since the epoch, UTC
            );
            CREATE INDEX feedback_labels_datanet ON feedback_labels(datanet_id, campaign, item);
            -- Which preference records each label gave; a pair several labelers agree on is stored
            -- once and linked to each of their labels.
            CREATE TABLE feedback_label_records (
                label_id   INTEGER NOT NULL REFERENCES feedback_labels(id),
                record_id  INTEGER NOT NULL REFERENCES records(id),
                PRIMARY KEY (label_id, record_id)
            );
            -- Feedback campaigns (feedback/Campaign.h): which models answer which prompts, how the
            -- answers are labeled, and the preference datanet that receives the labels.
            CREATE TABLE feedback_campaigns (
                id          INTEGER PRIMARY KEY,
                name        TEXT NOT NULL UNIQUE,   -- the labels' "campaign"
                datanet_id  INTEGER NOT NULL REFERENCES datanets(id),
                mode        TEXT NOT NULL,          -- pairwise, rating, rewrite, ranking
                models      TEXT NOT NULL,          -- JSON array of model or adapter names
                source      TEXT NOT NULL,          -- JSON: where the prompts came from
                overlap     INTEGER NOT NULL CHECK (overlap >= 1),  -- labels wanted per item
                blind       INTEGER NOT NULL,
                created_at  INTEGER NOT NULL
            );
            -- A campaign's prompts, in order.
            CREATE TABLE feedback_items (
                id           INTEGER PRIMARY KEY,
                campaign_id  INTEGER NOT NULL REFERENCES feedback_campaigns(id),
                position     INTEGER NOT NULL,
                prompt       TEXT NOT NULL,
                UNIQUE (campaign_id, position)
            );
            -- Answers generated ahead of the labelers, so the panel never waits on a model.
            CREATE TABLE feedback_answers (
                item_id  INTEGER NOT NULL REFERENCES feedback_items(id),
                model    TEXT NOT NULL,
                text     TEXT NOT NULL,
                PRIMARY KEY (item_id, model)
            );
        )sql"},
        {15, "training runs: every metric a run logs besides the loss", R"sql(
            -- The metrics a run logs per optimizer step besides training_run_points' fixed columns
            -- (a reward model's accuracy and margin, DPO's rewards/... and logps/..., "eval/..."
            -- after an evaluation), by name; a resumed run overwrites from its checkpoint.
            CREATE TABLE training_run_metrics (
                run_id  INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
                step    INTEGER NOT NULL,
                name    TEXT NOT NULL,
                value   REAL NOT NULL,
                PRIMARY KEY (run_id, step, name)
            ) WITHOUT ROWID;
        )sql"},
        {16, "gradient attribution: adapter checkpoints and gradient stores", R"sql(
            -- A LoRA adapter's weights at a few steps of its run with the learning rate there
            -- (ml/AdapterCheckpoint.h): the points at which TracIn takes gradients. Its PEFT files
            -- in chunks like model files.
            CREATE TABLE adapter_checkpoints (
                model_id       INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
                step           INTEGER NOT NULL,
                learning_rate  REAL NOT NULL,
                name           TEXT NOT NULL,       -- adapter_config.json, adapter_model.safetensors
                chunk          INTEGER NOT NULL,
                data           BLOB NOT NULL,
                PRIMARY KEY (model_id, step, name, chunk)
            );
            -- One gradient store per adapter (attribution/GradientStore.h): every training record's
            -- loss gradient, randomly projected, at each checkpoint. The lineage names what it was
            -- built from (datanet versions, tokenizer, projection seed and size, checkpoints with
            -- their learning rates and adapter hashes), so that it can be built again and compared.
            CREATE TABLE gradient_stores (
                model_id          INTEGER PRIMARY KEY REFERENCES models(id) ON DELETE CASCADE,
                model_name        TEXT NOT NULL,    -- as it was named when the store was built
                lineage           TEXT NOT NULL,    -- JSON
                record_count      INTEGER NOT NULL,
                dim               INTEGER NOT NULL, -- projected size per checkpoint
                checkpoint_count  INTEGER NOT NULL,
                built_at          INTEGER NOT NULL  -- milliseconds since the epoch, UTC
            );
            -- Its parts in chunks: "records" (which record of which version, by whom) and
            -- "gradients" (float32, record after record, checkpoint after checkpoint, dim values).
            CREATE TABLE gradient_store_files (
                model_id  INTEGER NOT NULL REFERENCES gradient_stores(model_id) ON DELETE CASCADE,
                name      TEXT NOT NULL,
                chunk     INTEGER NOT NULL,
                data      BLOB NOT NULL,
                PRIMARY KEY (model_id, name, chunk)
            );
        )sql"},
        {17, "adapter checkpoints kept by the run as they come, so a resumed run keeps them all", R"sql(
            -- The same parts as adapter_checkpoints, written by the training run at each kept step
            -- (a stopped or killed run keeps what it had); moved to adapter_checkpoints when the
            -- run registers its adapter.
            CREATE TABLE run_adapter_checkpoints (
                run_id         INTEGER NOT NULL REFERENCES training_runs(id) ON DELETE CASCADE,
                step           INTEGER NOT NULL,
                learning_rate  REAL NOT NULL,
                name           TEXT NOT NULL,
                chunk          INTEGER NOT NULL,
                data           BLOB NOT NULL,
                PRIMARY KEY (run_id, step, name, chunk)
            );
        )sql"},
        {18, "the answers receipts paid for, with the spans that earned them", R"sql(
            -- Written with the receipt in the charge's transaction (ledger/AnswerTrace.h): the
            -- answer text and which of its spans came from which records. Not signed, not part of
            -- the chain: an answer may be forgotten (deleted) without breaking any receipt.
            CREATE TABLE ledger_answers (
                request  TEXT PRIMARY KEY REFERENCES ledger_receipts(request),
                json     BLOB NOT NULL
            );
        )sql"},
        {19, "the search index moves to a file of its own", R"sql(
            -- store/SearchIndexFile.h: an import writes its records and the index words on two
            -- threads, which one file (one writer) cannot carry. The new file starts empty and the
            -- next search indexes every record into it; the old index and its watermark go.
            DROP TABLE main.records_fts;
            DELETE FROM main.meta WHERE key = 'fts_indexed_upto';
        )sql"},
    };
    return list;
}

int latestSchemaVersion()
{
    return workspaceMigrations().back().version;
}

} // namespace fw::store
