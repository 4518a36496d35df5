<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fw</name>
    <message>
        <source>%1 %2: %3</source>
        <translation />
    </message>
    <message>
        <source>Cannot open</source>
        <translation />
    </message>
    <message>
        <source>Cannot flush</source>
        <translation />
    </message>
    <message>
        <source>Cannot create</source>
        <translation />
    </message>
    <message>
        <source>Cannot write</source>
        <translation />
    </message>
    <message>
        <source>Cannot replace</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::crypto</name>
    <message>
        <source>Invalid address: %1</source>
        <translation />
    </message>
    <message>
        <source>it must start with fw1.</source>
        <translation />
    </message>
    <message>
        <source>wrong length.</source>
        <translation />
    </message>
    <message>
        <source>it contains a character that is not allowed.</source>
        <translation />
    </message>
    <message>
        <source>the checksum does not match (a typo?).</source>
        <translation />
    </message>
    <message>
        <source>A public key has 32 bytes.</source>
        <translation />
    </message>
    <message>
        <source>Unknown key derivation algorithm.</source>
        <translation />
    </message>
    <message>
        <source>Key derivation settings are invalid.</source>
        <translation />
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB).</source>
        <translation />
    </message>
    <message>
        <source>A recovery phrase has 12 to 24 words; got %1.</source>
        <translation />
    </message>
    <message>
        <source>Word %1 ("%2") is not in the word list.</source>
        <translation />
    </message>
    <message>
        <source>The recovery phrase's checksum does not match; check the words and their order.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet</name>
    <message>
        <source>"%1" is not a valid address</source>
        <translation />
    </message>
    <message>
        <source>The signing key does not belong to %1.</source>
        <translation />
    </message>
    <message>
        <source>A datanet needs a name.</source>
        <translation />
    </message>
    <message>
        <source>A datanet name has at most 100 characters.</source>
        <translation />
    </message>
    <message>
        <source>A datanet name cannot hold control characters.</source>
        <translation />
    </message>
    <message>
        <source>Minimum counts cannot be negative.</source>
        <translation />
    </message>
    <message>
        <source>Rates are between 0 and 1.</source>
        <translation />
    </message>
    <message>
        <source>unexpected field "%1"</source>
        <translation />
    </message>
    <message>
        <source>field "conversations" must be an array</source>
        <translation />
    </message>
    <message>
        <source>turn %1: unknown speaker "%2"</source>
        <translation />
    </message>
    <message>
        <source>%1 records cannot be exported as %2</source>
        <translation />
    </message>
    <message>
        <source>the %1 format holds %2 records, but this datanet takes %3 records</source>
        <translation />
    </message>
    <message>
        <source>Cannot tell the format of %1 from its first line; choose one (alpaca, sharegpt, openai, preference, text-jsonl, csv, text).</source>
        <translation />
    </message>
    <message>
        <source>Not a valid inclusion proof: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 must be %2 lower-case hex digits</source>
        <translation />
    </message>
    <message>
        <source>missing field "%1"</source>
        <translation />
    </message>
    <message>
        <source>field "%1" must be a string</source>
        <translation />
    </message>
    <message>
        <source>field "%1" is empty</source>
        <translation />
    </message>
    <message>
        <source>field "messages" must be a non-empty array</source>
        <translation />
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation />
    </message>
    <message>
        <source>message %1: %2</source>
        <translation />
    </message>
    <message>
        <source>message %1: unknown role "%2"</source>
        <translation />
    </message>
    <message>
        <source>a conversation needs at least one user and one assistant message</source>
        <translation />
    </message>
    <message>
        <source>"chosen" and "rejected" are the same answer</source>
        <translation />
    </message>
    <message>
        <source>unknown record kind</source>
        <translation />
    </message>
    <message>
        <source>Generated from facts tables for the demo.</source>
        <translation />
    </message>
    <message>
        <source>Phrasing too close to another record</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::CsvReader</name>
    <message>
        <source>the CSV file is empty</source>
        <translation />
    </message>
    <message>
        <source>CSV header, line %1: %2</source>
        <translation />
    </message>
    <message>
        <source>the CSV header has no column "%1" (mapped to %2)</source>
        <translation />
    </message>
    <message>
        <source>no CSV column maps to a field of %1 records (%2)</source>
        <translation />
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation />
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation />
    </message>
    <message>
        <source>stray quote in column %1</source>
        <translation />
    </message>
    <message>
        <source>quoted field never closed</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::DatanetImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation />
    </message>
    <message>
        <source>; and %1 more</source>
        <translation />
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation />
    </message>
    <message>
        <source>%1 has %2 malformed record(s); nothing was imported: %3</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::DatanetService</name>
    <message>
        <source>A datanet named "%1" already exists.</source>
        <translation />
    </message>
    <message>
        <source>No datanet with id %1.</source>
        <translation />
    </message>
    <message>
        <source>No datanet named "%1".</source>
        <translation />
    </message>
    <message>
        <source>added by hand</source>
        <translation />
    </message>
    <message>
        <source>This datanet already holds the same record.</source>
        <translation />
    </message>
    <message>
        <source>"%1" is not a record hash (8 to 64 hex digits).</source>
        <translation />
    </message>
    <message>
        <source>No record with hash %1 in this datanet.</source>
        <translation />
    </message>
    <message>
        <source>Hash prefix %1 matches several records; give more digits.</source>
        <translation />
    </message>
    <message>
        <source>Rejecting a record needs a reason.</source>
        <translation />
    </message>
    <message>
        <source>There is no review action to undo.</source>
        <translation />
    </message>
    <message>
        <source>At least %1 approved records</source>
        <translation />
    </message>
    <message>
        <source>At least %1 distinct contributors</source>
        <translation />
    </message>
    <message>
        <source>At least %1 tokens (estimated)</source>
        <translation />
    </message>
    <message>
        <source>At most %1% duplicates</source>
        <translation />
    </message>
    <message>
        <source>At least %1% of reviewed records approved</source>
        <translation />
    </message>
    <message>
        <source>No contribution with id %1.</source>
        <translation />
    </message>
    <message>
        <source>Contribution %1 by %2 does not verify: %3</source>
        <translation />
    </message>
    <message>
        <source>a record's content does not match its hash</source>
        <translation />
    </message>
    <message>
        <source>its records do not match the signed Merkle root</source>
        <translation />
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::InclusionProof</name>
    <message>
        <source>not a JSON object</source>
        <translation />
    </message>
    <message>
        <source>Unsupported inclusion proof version.</source>
        <translation />
    </message>
    <message>
        <source>wrong "type"</source>
        <translation />
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation />
    </message>
    <message>
        <source>"index" and "treeSize" must be numbers</source>
        <translation />
    </message>
    <message>
        <source>"path" must be an array</source>
        <translation />
    </message>
    <message>
        <source>the JSON is not in canonical form</source>
        <translation />
    </message>
    <message>
        <source>the path does not fit the index and tree size</source>
        <translation />
    </message>
    <message>
        <source>The proof does not lead to datanet version %1.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::JsonlReader</name>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation />
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::PlainTextReader</name>
    <message>
        <source>not valid UTF-8</source>
        <translation />
    </message>
    <message>
        <source>plain text files make text records, but this datanet takes %1 records</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::RecordContent</name>
    <message>
        <source>stored record is not a JSON object</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::datanet::VersionService</name>
    <message>
        <source>Nothing to freeze: no record is approved yet.</source>
        <translation />
    </message>
    <message>
        <source>This datanet has no frozen version yet.</source>
        <translation />
    </message>
    <message>
        <source>Give "latest" or at least 8 hex digits of a version id.</source>
        <translation />
    </message>
    <message>
        <source>No version %1 in this datanet.</source>
        <translation />
    </message>
    <message>
        <source>Version prefix %1 is ambiguous.</source>
        <translation />
    </message>
    <message>
        <source>Record %1 is not in version %2.</source>
        <translation />
    </message>
    <message>
        <source>Versions export to JSONL formats only.</source>
        <translation />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml</name>
    <message>
        <source>The ML engine module could not be loaded: %1</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.json: %1 is not supported</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>CPU · %n thread(s)</source>
        <translation>
            <numerusform>CPU · %n thread</numerusform>
            <numerusform>CPU · %n threads</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA ×%1 · %2</source>
        <translation />
    </message>
    <message>
        <source>Unexpected weight "%1": the checkpoint does not match config.json</source>
        <translation />
    </message>
    <message>
        <source>Missing weight "%1" in the checkpoint</source>
        <translation />
    </message>
    <message>
        <source>Weight "%1" has shape %2, the config needs %3</source>
        <translation />
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation />
    </message>
    <message>
        <source>LoRA needs rank &gt; 0, alpha &gt; 0 and 0 &lt;= dropout &lt; 1</source>
        <translation />
    </message>
    <message>
        <source>No module matches the LoRA targets %1 (known: %2)</source>
        <translation />
    </message>
    <message>
        <source>The model carries no LoRA adapter to export</source>
        <translation />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a LoRA adapter</source>
        <translation />
    </message>
    <message>
        <source>Unexpected adapter weight "%1"</source>
        <translation />
    </message>
    <message>
        <source>Adapter weight "%1" does not fit this model</source>
        <translation />
    </message>
    <message>
        <source>The adapter in %1 lacks weights for some target modules</source>
        <translation />
    </message>
    <message>
        <source>config.json: "%1" must be an integer</source>
        <translation />
    </message>
    <message>
        <source>config.json: "%1" must be a number</source>
        <translation />
    </message>
    <message>
        <source>config.json: "rope_scaling" must be an object</source>
        <translation />
    </message>
    <message>
        <source>config.json: rope scaling "%1" is not supported (supported: %2)</source>
        <translation />
    </message>
    <message>
        <source>config.json: rope scaling factor must be positive</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor type not supported</source>
        <translation />
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 holds neither model.safetensors nor model.safetensors.index.json</source>
        <translation />
    </message>
    <message>
        <source>%1 has no weight_map</source>
        <translation />
    </message>
    <message>
        <source>%1: invalid shard name for "%2"</source>
        <translation />
    </message>
    <message>
        <source>%1 does not contain "%2" named by the index</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" is not an object</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" has unknown dtype "%2"</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" has no shape</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" has an invalid dimension</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" is impossibly large</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" has invalid data_offsets</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" occupies %2 bytes but its shape and dtype need %3</source>
        <translation />
    </message>
    <message>
        <source>No output folder given</source>
        <translation />
    </message>
    <message>
        <source>Training was cancelled at step %1</source>
        <translation />
    </message>
    <message>
        <source>The loss diverged at step %1; lower the learning rate</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::ByteLevelBpeTokenizer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation />
    </message>
    <message>
        <source>a Split pre-tokenizer other than an isolated regex</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.json: invalid pre-tokenizer regex: %1</source>
        <translation />
    </message>
    <message>
        <source>the pre-tokenizer "%1"</source>
        <translation />
    </message>
    <message>
        <source>a model of type "%1" (only BPE)</source>
        <translation />
    </message>
    <message>
        <source>byte-fallback BPE (use tokenizer.model)</source>
        <translation />
    </message>
    <message>
        <source>a BPE tokenizer that is not byte-level</source>
        <translation />
    </message>
    <message>
        <source>the normalizer "%1"</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.json: merge %1 is malformed</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.json: an added token has no id or content</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.json: the vocabulary lacks byte %1</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::ByteLevelBpeTrainer</name>
    <message>
        <source>A byte-level vocabulary needs at least %1 entries</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::LanguageModel</name>
    <message>
        <source>The tokenizer has %1 tokens but the model only %2</source>
        <translation />
    </message>
    <message>
        <source>The model already carries an adapter; merge it first</source>
        <translation />
    </message>
    <message>
        <source>The model carries no adapter to export</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::ModelConfig</name>
    <message>
        <source>Model sizes must be positive (vocab, hidden size, layers, heads, intermediate size, context length)</source>
        <translation />
    </message>
    <message>
        <source>hidden_size %1 is not divisible by num_attention_heads %2</source>
        <translation />
    </message>
    <message>
        <source>num_attention_heads %1 is not divisible by num_key_value_heads %2</source>
        <translation />
    </message>
    <message>
        <source>head dimension %1 must be even for rotary embeddings</source>
        <translation />
    </message>
    <message>
        <source>rms_norm_eps and rope_theta must be positive</source>
        <translation />
    </message>
    <message>
        <source>config.json: model_type "%1" is not supported (supported: %2)</source>
        <translation />
    </message>
    <message>
        <source>config.json: hidden_act "%1" is not supported (only silu)</source>
        <translation />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation />
    </message>
    <message>
        <source>Unknown model preset "%1" (known: %2)</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::SafetensorsHeader</name>
    <message>
        <source>safetensors: file is too short (%1 bytes) to hold a header</source>
        <translation />
    </message>
    <message>
        <source>safetensors: header of %1 bytes exceeds the %2-byte limit</source>
        <translation />
    </message>
    <message>
        <source>safetensors: header claims %1 bytes but the file is truncated at %2</source>
        <translation />
    </message>
    <message>
        <source>safetensors: header is not a JSON object (%1)</source>
        <translation />
    </message>
    <message>
        <source>safetensors: metadata value "%1" is not a string</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" overlaps the previous tensor</source>
        <translation />
    </message>
    <message>
        <source>safetensors: gap before tensor "%1" at byte %2</source>
        <translation />
    </message>
    <message>
        <source>safetensors: tensor "%1" ends at byte %2, past the end of the data (%3 bytes); the file is truncated</source>
        <translation />
    </message>
    <message>
        <source>safetensors: %1 trailing bytes after the last tensor</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::SentencePieceTokenizer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.model: a malformed protobuf field</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.model is not a SentencePiece model</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.model: only BPE SentencePiece models are supported</source>
        <translation />
    </message>
    <message>
        <source>tokenizer.model: unk id out of range</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::SftDataset</name>
    <message>
        <source>There are no examples to train on</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::Tokenizer</name>
    <message>
        <source>%1 holds neither tokenizer.json nor tokenizer.model</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::Trainer</name>
    <message>
        <source>Cannot read checkpoint %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Checkpoint %1 belongs to another kind of training</source>
        <translation />
    </message>
    <message>
        <source>Checkpoint %1 does not match this model (%2)</source>
        <translation />
    </message>
    <message>
        <source>Checkpoint %1 is damaged: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ml::TrainingConfig</name>
    <message>
        <source>Set "steps" or "epochs" to a positive number</source>
        <translation />
    </message>
    <message>
        <source>batch_size and grad_accum must be positive and seq_len at least 2</source>
        <translation />
    </message>
    <message>
        <source>learning_rate must be positive, min_lr_ratio within [0, 1], warmup_steps &gt;= 0</source>
        <translation />
    </message>
    <message>
        <source>eval_fraction must be within [0, 1)</source>
        <translation />
    </message>
    <message>
        <source>AdamW betas must be within [0, 1); weight_decay and grad_clip must not be negative</source>
        <translation />
    </message>
    <message>
        <source>LoRA needs a positive rank and alpha and at least one target module</source>
        <translation />
    </message>
    <message>
        <source>"method" must be "full" or "lora", not "%1"</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::models</name>
    <message>
        <source>Plain-text datanets have no prompts to answer, so they cannot be used for supervised fine-tuning; use an instruction, chat or preference datanet.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::store</name>
    <message>
        <source>This workspace was written by a newer Flywheel (schema %1; this version knows up to %2).</source>
        <translation />
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation />
    </message>
    <message>
        <source>Cannot bind a value: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::store::Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation />
    </message>
    <message>
        <source>The database %1 is not encrypted; refusing to open it.</source>
        <translation />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation />
    </message>
    <message>
        <source>The database cannot be decrypted with this key (%1).</source>
        <translation />
    </message>
    <message>
        <source>Cannot key the database: %1</source>
        <translation />
    </message>
    <message>
        <source>SQLCipher is not active (the plain SQLite library answered); refusing to open an unencrypted workspace.</source>
        <translation />
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::store::Workspace</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation />
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation />
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation />
    </message>
    <message>
        <source>Cannot flush the new database.</source>
        <translation />
    </message>
    <message>
        <source>Wrong passphrase for workspace %1.</source>
        <translation />
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::store::WorkspaceHeader</name>
    <message>
        <source>%1 is not a Flywheel workspace (no %2).</source>
        <translation />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is too large to be a workspace header.</source>
        <translation />
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation />
    </message>
    <message>
        <source>%1 is not a Flywheel workspace header.</source>
        <translation />
    </message>
    <message>
        <source>This workspace needs a newer Flywheel (format %1).</source>
        <translation />
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation />
    </message>
    <message>
        <source>%1 is damaged (key check or database name).</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::AboutDialog</name>
    <message>
        <source>About Flywheel</source>
        <translation />
    </message>
    <message>
        <source>%1 (open workspace: %2)</source>
        <translation />
    </message>
    <message>
        <source>A desktop workbench for community-built AI.</source>
        <translation />
    </message>
    <message>
        <source>Flywheel</source>
        <translation />
    </message>
    <message>
        <source>Qt</source>
        <translation />
    </message>
    <message>
        <source>libtorch</source>
        <translation />
    </message>
    <message>
        <source>SQLCipher</source>
        <translation />
    </message>
    <message>
        <source>libsodium</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::AddRecordDialog</name>
    <message>
        <source>Instruction:</source>
        <translation />
    </message>
    <message>
        <source>Input (optional):</source>
        <translation />
    </message>
    <message>
        <source>Response:</source>
        <translation />
    </message>
    <message>
        <source>System (optional):</source>
        <translation />
    </message>
    <message>
        <source>User:</source>
        <translation />
    </message>
    <message>
        <source>Assistant:</source>
        <translation />
    </message>
    <message>
        <source>Text:</source>
        <translation />
    </message>
    <message>
        <source>Prompt:</source>
        <translation />
    </message>
    <message>
        <source>Chosen answer:</source>
        <translation />
    </message>
    <message>
        <source>Rejected answer:</source>
        <translation />
    </message>
    <message>
        <source>Add a Record to %1</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation />
    </message>
    <message>
        <source>Signed by:</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::AppLauncher</name>
    <message>
        <source>Opening the demo workspace...</source>
        <translation />
    </message>
    <message>
        <source>Flywheel</source>
        <translation />
    </message>
    <message>
        <source>The demo workspace could not be opened: %1</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::BusyBar</name>
    <message>
        <source>Working</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation />
    </message>
    <message>
        <source>Current passphrase</source>
        <translation />
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation />
    </message>
    <message>
        <source>The workspace is re-encrypted with the new passphrase. There is no way to recover a forgotten passphrase.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Change</source>
        <translation />
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::ContributorsPanel</name>
    <message>
        <source>Contributors</source>
        <translation />
    </message>
    <message>
        <source>Contributor</source>
        <translation />
    </message>
    <message>
        <source>Records</source>
        <translation />
    </message>
    <message>
        <source>Approved</source>
        <translation />
    </message>
    <message>
        <source>Rejected</source>
        <translation />
    </message>
    <message>
        <source>Flagged</source>
        <translation />
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation />
    </message>
    <message>
        <source>Near duplicates</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2, yours)</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::DatanetListModel</name>
    <message>
        <source>Instruction pairs</source>
        <translation />
    </message>
    <message>
        <source>Chat conversations</source>
        <translation />
    </message>
    <message>
        <source>Plain text</source>
        <translation />
    </message>
    <message>
        <source>Preference pairs</source>
        <translation />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::DatanetsPage</name>
    <message>
        <source>Datanets</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Datanet…</source>
        <translation />
    </message>
    <message>
        <source>A datanet collects records for one domain from many contributors. Create one with "New Datanet…", then drop JSONL, CSV or text files on this page to import them.</source>
        <translation />
    </message>
    <message>
        <source>Overview</source>
        <translation />
    </message>
    <message>
        <source>Records</source>
        <translation />
    </message>
    <message>
        <source>Contributors</source>
        <translation />
    </message>
    <message>
        <source>Versions</source>
        <translation />
    </message>
    <message>
        <source>Created %1. Drop files here or use "Import File…" on the Records tab.</source>
        <translation />
    </message>
    <message>
        <source>Record added and signed.</source>
        <translation />
    </message>
    <message>
        <source>Create or select a datanet first, then import into it.</source>
        <translation />
    </message>
    <message>
        <source>Import into %1</source>
        <translation />
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation />
    </message>
    <message>
        <source>Imported %1: %2 added, %3 exact duplicates skipped, %4 near duplicates flagged, %5 malformed lines skipped.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::FinishPage</name>
    <message>
        <source>Creating the Workspace</source>
        <translation />
    </message>
    <message>
        <source>Opening the Workspace</source>
        <translation />
    </message>
    <message>
        <source>Deriving the encryption key and creating the workspace. This takes a moment.</source>
        <translation />
    </message>
    <message>
        <source>Deriving the encryption key and opening the workspace.</source>
        <translation />
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation />
    </message>
    <message>
        <source>%1

Go Back to change your choices; nothing you entered was lost.</source>
        <translation />
    </message>
    <message>
        <source>Ready</source>
        <translation />
    </message>
    <message>
        <source>The workspace “%1” is open. Click Finish to start working.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::FirstRunWizard</name>
    <message>
        <source>Flywheel Setup</source>
        <translation />
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation />
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation />
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation />
    </message>
    <message>
        <source>Cancel</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::IdentityDetails</name>
    <message>
        <source>No identity selected</source>
        <translation />
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation />
    </message>
    <message>
        <source>Address:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation />
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation />
    </message>
    <message>
        <source>Copy address</source>
        <translation />
    </message>
    <message>
        <source>Address</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::IdentityPage</name>
    <message>
        <source>Me</source>
        <translation />
    </message>
    <message>
        <source>Restore Your Wallet</source>
        <translation />
    </message>
    <message>
        <source>Your Identity</source>
        <translation />
    </message>
    <message>
        <source>Enter your 24 recovery words; the same words always give the same address.</source>
        <translation />
    </message>
    <message>
        <source>An identity signs your contributions and receives your earnings. You can add more identities later.</source>
        <translation />
    </message>
    <message>
        <source>Identity &amp;name:</source>
        <translation />
    </message>
    <message>
        <source>Identity name</source>
        <translation />
    </message>
    <message>
        <source>Recovery words (you can paste all 24 into the first field):</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::IdentityTableModel</name>
    <message>
        <source>Default</source>
        <translation />
    </message>
    <message>
        <source>Name</source>
        <translation />
    </message>
    <message>
        <source>Address</source>
        <translation />
    </message>
    <message>
        <source>Created</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::ImportDialog</name>
    <message>
        <source>Alpaca JSONL (instruction, input, output)</source>
        <translation />
    </message>
    <message>
        <source>ShareGPT JSONL (conversations)</source>
        <translation />
    </message>
    <message>
        <source>OpenAI chat JSONL (messages)</source>
        <translation />
    </message>
    <message>
        <source>Preference pairs JSONL (prompt, chosen, rejected)</source>
        <translation />
    </message>
    <message>
        <source>Text JSONL (text)</source>
        <translation />
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation />
    </message>
    <message>
        <source>Plain text (paragraphs)</source>
        <translation />
    </message>
    <message>
        <source>Import into %1</source>
        <translation />
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation />
    </message>
    <message>
        <source>Detect: %1</source>
        <translation />
    </message>
    <message>
        <source>Detect (not recognised)</source>
        <translation />
    </message>
    <message>
        <source>File format</source>
        <translation />
    </message>
    <message>
        <source>Contributor identity</source>
        <translation />
    </message>
    <message>
        <source>Skip malformed lines (otherwise one bad line refuses the whole file)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation />
    </message>
    <message>
        <source>CSV columns</source>
        <translation />
    </message>
    <message>
        <source>Comma</source>
        <translation />
    </message>
    <message>
        <source>Semicolon</source>
        <translation />
    </message>
    <message>
        <source>Tab</source>
        <translation />
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation />
    </message>
    <message>
        <source>Column for %1</source>
        <translation />
    </message>
    <message>
        <source>%1:</source>
        <translation />
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation />
    </message>
    <message>
        <source>Preview (first records of the file):</source>
        <translation />
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation />
    </message>
    <message>
        <source>(none)</source>
        <translation />
    </message>
    <message>
        <source>Line</source>
        <translation />
    </message>
    <message>
        <source>Result</source>
        <translation />
    </message>
    <message>
        <source>Record</source>
        <translation />
    </message>
    <message>
        <source>The format was not recognised (%1). Choose it above.</source>
        <translation />
    </message>
    <message>
        <source>OK</source>
        <translation />
    </message>
    <message>
        <source>Malformed</source>
        <translation />
    </message>
    <message>
        <source>Choose the file's format first.</source>
        <translation />
    </message>
    <message>
        <source>This workspace has no identity to sign the contribution with.</source>
        <translation />
    </message>
    <message>
        <source>Imported. Indexing for search: %1 of %2 records</source>
        <translation />
    </message>
    <message>
        <source>Importing…</source>
        <translation />
    </message>
    <message>
        <source>%1 records read</source>
        <translation />
    </message>
    <message>
        <source>, %1 malformed</source>
        <translation />
    </message>
    <message>
        <source> · about %1 left</source>
        <translation />
    </message>
    <message>
        <source>Import cancelled; the datanet is unchanged.</source>
        <translation />
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::LocationPage</name>
    <message>
        <source>My workspace</source>
        <translation />
    </message>
    <message>
        <source>My workspace %1</source>
        <translation />
    </message>
    <message>
        <source>Choose a Parent Folder</source>
        <translation />
    </message>
    <message>
        <source>A workspace already exists in this folder. Choose another folder or open it instead.</source>
        <translation />
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation />
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation />
    </message>
    <message>
        <source>Everything in the folder is encrypted except a small header with the key settings.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation />
    </message>
    <message>
        <source>Workspace name</source>
        <translation />
    </message>
    <message>
        <source>Workspace folder</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::LockScreen</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation />
    </message>
    <message>
        <source>Workspace “%1” is locked</source>
        <translation />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation />
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::MainWindow</name>
    <message>
        <source>%1 — Flywheel</source>
        <translation />
    </message>
    <message>
        <source>Flywheel</source>
        <translation />
    </message>
    <message>
        <source>&amp;File</source>
        <translation />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation />
    </message>
    <message>
        <source>&amp;About Flywheel</source>
        <translation />
    </message>
    <message>
        <source>Pages</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::MlEngine</name>
    <message>
        <source>ML engine unavailable</source>
        <translation />
    </message>
    <message>
        <source>Loading ML engine…</source>
        <translation />
    </message>
    <message>
        <source>loading…</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::MnemonicEntry</name>
    <message>
        <source>Not in the word list</source>
        <translation />
    </message>
    <message>
        <source>Word %1 ("%2") is not in the word list.</source>
        <translation />
    </message>
    <message>
        <source>%1 of %2 words entered.</source>
        <translation />
    </message>
    <message>
        <source>All %1 words are valid and the checksum matches.</source>
        <translation />
    </message>
    <message>
        <source>Word %1</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::NewDatanetDialog</name>
    <message>
        <source>New Datanet</source>
        <translation />
    </message>
    <message>
        <source>e.g. world-capitals</source>
        <translation />
    </message>
    <message>
        <source>e.g. geography</source>
        <translation />
    </message>
    <message>
        <source>The kind decides the record editor, the importers and how training uses the records.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation />
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation />
    </message>
    <message>
        <source>&amp;License:</source>
        <translation />
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation />
    </message>
    <message>
        <source>Requirements for training</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::OpenExistingPage</name>
    <message>
        <source>This folder does not hold a Flywheel workspace.</source>
        <translation />
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation />
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation />
    </message>
    <message>
        <source>Choose the workspace folder and type its passphrase.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation />
    </message>
    <message>
        <source>Workspace folder</source>
        <translation />
    </message>
    <message>
        <source>Passphrase</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::OverviewPanel</name>
    <message>
        <source>Edit &amp;Requirements…</source>
        <translation />
    </message>
    <message>
        <source>Records and approvals over time</source>
        <translation />
    </message>
    <message>
        <source>Requirements for training</source>
        <translation />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation />
    </message>
    <message>
        <source> · domain: %1</source>
        <translation />
    </message>
    <message>
        <source> · license: %1</source>
        <translation />
    </message>
    <message>
        <source>%1 records: %2 pending, %3 approved, %4 rejected, %5 flagged · %6 near duplicates flagged, %7 exact duplicates refused · %8 contributors of approved records · about %9 approved tokens</source>
        <translation />
    </message>
    <message>
        <source>✔ Ready: a version frozen now can be trained on.</source>
        <translation />
    </message>
    <message>
        <source>Not ready yet. Missing: %1</source>
        <translation />
    </message>
    <message>
        <source>; </source>
        <translation />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation />
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation />
    </message>
    <message>
        <source>Records submitted</source>
        <translation />
    </message>
    <message>
        <source>Records approved</source>
        <translation />
    </message>
    <message>
        <source>Requirements of %1</source>
        <translation />
    </message>
    <message>
        <source>Requirements</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::PassphraseFields</name>
    <message>
        <source>At least %1 characters. A few unrelated words make a strong passphrase.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Too short: %n more character needed.</numerusform>
            <numerusform>Too short: %n more characters needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words or characters.</source>
        <translation />
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation />
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation />
    </message>
    <message>
        <source>Passphrase</source>
        <translation />
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation />
    </message>
    <message>
        <source>The passphrase encrypts the workspace. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::RecordDetailView</name>
    <message>
        <source>Instruction</source>
        <translation />
    </message>
    <message>
        <source>Input</source>
        <translation />
    </message>
    <message>
        <source>Response</source>
        <translation />
    </message>
    <message>
        <source>System</source>
        <translation />
    </message>
    <message>
        <source>User</source>
        <translation />
    </message>
    <message>
        <source>Assistant</source>
        <translation />
    </message>
    <message>
        <source>Text</source>
        <translation />
    </message>
    <message>
        <source>Prompt</source>
        <translation />
    </message>
    <message>
        <source>Chosen answer</source>
        <translation />
    </message>
    <message>
        <source>Rejected answer</source>
        <translation />
    </message>
    <message>
        <source>Record details</source>
        <translation />
    </message>
    <message>
        <source>Content (unreadable)</source>
        <translation />
    </message>
    <message>
        <source>%1: %2</source>
        <translation />
    </message>
    <message>
        <source> · near duplicate of an earlier record</source>
        <translation />
    </message>
    <message>
        <source>Status: %1</source>
        <translation />
    </message>
    <message>
        <source>Contributor: %1</source>
        <translation />
    </message>
    <message>
        <source>Hash: %1</source>
        <translation />
    </message>
    <message>
        <source>About %1 tokens · added %2</source>
        <translation />
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::RecordTableModel</name>
    <message>
        <source>Pending</source>
        <translation />
    </message>
    <message>
        <source>Approved</source>
        <translation />
    </message>
    <message>
        <source>Rejected</source>
        <translation />
    </message>
    <message>
        <source>Flagged</source>
        <translation />
    </message>
    <message>
        <source>%1 · near duplicate</source>
        <translation />
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation />
    </message>
    <message>
        <source>#</source>
        <translation />
    </message>
    <message>
        <source>Status</source>
        <translation />
    </message>
    <message>
        <source>Record</source>
        <translation />
    </message>
    <message>
        <source>Contributor</source>
        <translation />
    </message>
    <message>
        <source>Tokens</source>
        <translation />
    </message>
    <message>
        <source>Hash</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::RecordsPanel</name>
    <message>
        <source>Records</source>
        <translation />
    </message>
    <message>
        <source>Search words (capit* finds capital, capitals…)</source>
        <translation />
    </message>
    <message>
        <source>Search records</source>
        <translation />
    </message>
    <message>
        <source>Status filter</source>
        <translation />
    </message>
    <message>
        <source>All statuses</source>
        <translation />
    </message>
    <message>
        <source>Contributor filter</source>
        <translation />
    </message>
    <message>
        <source>Near duplicates only</source>
        <translation />
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Reject… (R)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Flag (F)</source>
        <translation />
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation />
    </message>
    <message>
        <source>Approve All &amp;Pending…</source>
        <translation />
    </message>
    <message>
        <source>Add &amp;Record…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation />
    </message>
    <message>
        <source>Everyone</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) marked %1. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n record marked %1. Ctrl+Z undoes it.</numerusform>
            <numerusform>%n records marked %1. Ctrl+Z undoes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation />
    </message>
    <message>
        <source>Why are these records rejected?</source>
        <translation />
    </message>
    <message>
        <source>Rejecting needs a reason, so the contributor can learn from it.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>Undone: %n record(s) back to their earlier status.</source>
        <translation>
            <numerusform>Undone: %n record back to its earlier status.</numerusform>
            <numerusform>Undone: %n records back to their earlier status.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve All Pending</source>
        <translation />
    </message>
    <message>
        <source>Approve every pending record of %1? Ctrl+Z undoes it.</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>%n record(s) approved.</source>
        <translation>
            <numerusform>%n record approved.</numerusform>
            <numerusform>%n records approved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ui::RecoveryWordsDialog</name>
    <message>
        <source>Recovery Words</source>
        <translation />
    </message>
    <message>
        <source>Enter the workspace passphrase to see the recovery words of “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Show Words</source>
        <translation />
    </message>
    <message>
        <source>&lt;b&gt;Anyone who sees these words can take this identity.&lt;/b&gt; Write them on paper, in order, and keep them offline. Never type them into a website.</source>
        <translation />
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::RequirementsEditor</name>
    <message>
        <source>A version can be trained on only with at least this many approved records.</source>
        <translation />
    </message>
    <message>
        <source>Distinct contributors of approved records, so one person cannot make a datanet alone.</source>
        <translation />
    </message>
    <message>
        <source>Estimated tokens of the approved records (about four bytes of text each).</source>
        <translation />
    </message>
    <message>
        <source>Exact and near duplicates as a share of everything submitted.</source>
        <translation />
    </message>
    <message>
        <source>Approved records as a share of those reviewed (approved or rejected).</source>
        <translation />
    </message>
    <message>
        <source>Minimum approved records:</source>
        <translation />
    </message>
    <message>
        <source>Minimum distinct contributors:</source>
        <translation />
    </message>
    <message>
        <source>Minimum tokens:</source>
        <translation />
    </message>
    <message>
        <source>Maximum duplicate rate:</source>
        <translation />
    </message>
    <message>
        <source>Minimum approval rate:</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::RestoreIdentityDialog</name>
    <message>
        <source>Restore Identity</source>
        <translation />
    </message>
    <message>
        <source>Enter the 24 recovery words of the identity, in order.</source>
        <translation />
    </message>
    <message>
        <source>Restored identity</source>
        <translation />
    </message>
    <message>
        <source>Identity name</source>
        <translation />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation />
    </message>
    <message>
        <source>CPU &amp;threads for training:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation />
    </message>
    <message>
        <source>Follow system</source>
        <translation />
    </message>
    <message>
        <source>Light</source>
        <translation />
    </message>
    <message>
        <source>Dark</source>
        <translation />
    </message>
    <message numerus="yes">
        <source>This computer offers %n thread(s). Fewer threads leave room for other work.</source>
        <translation>
            <numerusform>This computer offers %n thread. Fewer threads leave room for other work.</numerusform>
            <numerusform>This computer offers %n threads. Fewer threads leave room for other work.</numerusform>
        </translation>
    </message>
    <message>
        <source> min</source>
        <translation />
    </message>
    <message>
        <source>Never</source>
        <translation />
    </message>
    <message>
        <source>Language</source>
        <translation />
    </message>
    <message>
        <source>Theme</source>
        <translation />
    </message>
    <message>
        <source>CPU threads for training</source>
        <translation />
    </message>
    <message>
        <source>Auto-lock minutes, 0 for never</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation />
    </message>
    <message>
        <source>Workspace</source>
        <translation />
    </message>
    <message>
        <source>Passphrase</source>
        <translation />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation />
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation />
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation />
    </message>
    <message>
        <source>“%1” does not hold a Flywheel workspace.</source>
        <translation />
    </message>
    <message>
        <source>The demo workspace's passphrase is “%1”.</source>
        <translation />
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::VersionsPanel</name>
    <message>
        <source>&amp;Freeze New Version</source>
        <translation />
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation />
    </message>
    <message>
        <source>&amp;Prove a Record…</source>
        <translation />
    </message>
    <message>
        <source>Versions</source>
        <translation />
    </message>
    <message>
        <source>Freezes every approved record into an immutable version whose id is their Merkle root. Training refers to versions.</source>
        <translation />
    </message>
    <message>
        <source>Version id</source>
        <translation />
    </message>
    <message>
        <source>Records</source>
        <translation />
    </message>
    <message>
        <source>Contributors</source>
        <translation />
    </message>
    <message>
        <source>Tokens</source>
        <translation />
    </message>
    <message>
        <source>Ready for training</source>
        <translation />
    </message>
    <message>
        <source>Frozen</source>
        <translation />
    </message>
    <message>
        <source>Yes</source>
        <translation />
    </message>
    <message>
        <source>No (requirements not met)</source>
        <translation />
    </message>
    <message>
        <source>Verifying every contribution and freezing…</source>
        <translation />
    </message>
    <message>
        <source>Frozen: version %1 with %2 records.</source>
        <translation />
    </message>
    <message>
        <source>Frozen: version %1 with %2 records. It does not meet the requirements, so it cannot be trained on.</source>
        <translation />
    </message>
    <message>
        <source>Copied %1</source>
        <translation />
    </message>
    <message>
        <source>Export Version</source>
        <translation />
    </message>
    <message>
        <source>Format:</source>
        <translation />
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation />
    </message>
    <message>
        <source>Exporting…</source>
        <translation />
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation />
    </message>
    <message>
        <source>Prove a Record</source>
        <translation />
    </message>
    <message>
        <source>Hash of the record (at least its first 8 hex digits):</source>
        <translation />
    </message>
    <message>
        <source>Save Proof</source>
        <translation />
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation />
    </message>
    <message>
        <source>Proof saved to %1. Anyone can check it with: flywheel-cli datanet verify-proof %1</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation />
    </message>
    <message>
        <source>Recent activity</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Identity...</source>
        <translation />
    </message>
    <message>
        <source>&amp;Restore Identity...</source>
        <translation />
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation />
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation />
    </message>
    <message>
        <source>Show Recovery &amp;Words...</source>
        <translation />
    </message>
    <message>
        <source>Identities</source>
        <translation />
    </message>
    <message>
        <source>Identity created</source>
        <translation />
    </message>
    <message>
        <source>Nothing has happened in this workspace yet.</source>
        <translation />
    </message>
    <message>
        <source>New Identity</source>
        <translation />
    </message>
    <message>
        <source>Name of the new identity:</source>
        <translation />
    </message>
    <message>
        <source>Rename Identity</source>
        <translation />
    </message>
    <message>
        <source>New name:</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::WelcomePage</name>
    <message>
        <source>Welcome to Flywheel</source>
        <translation />
    </message>
    <message>
        <source>Your work lives in an encrypted workspace folder. What would you like to do?</source>
        <translation />
    </message>
    <message>
        <source>&amp;Create a new workspace with a new wallet identity</source>
        <translation />
    </message>
    <message>
        <source>&amp;Restore a wallet from its 24 recovery words</source>
        <translation />
    </message>
    <message>
        <source>&amp;Open an existing workspace folder</source>
        <translation />
    </message>
    <message>
        <source>Explore the &amp;demo workspace (passphrase “demo”)</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::WorkspaceActions</name>
    <message>
        <source>Passphrase Changed</source>
        <translation />
    </message>
    <message>
        <source>The workspace now opens with the new passphrase.</source>
        <translation />
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation />
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation />
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation />
    </message>
    <message>
        <source>&amp;Lock Workspace</source>
        <translation />
    </message>
    <message>
        <source>&amp;Change Passphrase...</source>
        <translation />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation />
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation />
    </message>
    <message>
        <source>“%1” does not hold a Flywheel workspace.</source>
        <translation />
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::ui::WorkspaceStatusBar</name>
    <message>
        <source>Workspace: %1</source>
        <translation />
    </message>
    <message>
        <source>none</source>
        <translation />
    </message>
    <message>
        <source>Locked</source>
        <translation />
    </message>
    <message>
        <source>Unlocked</source>
        <translation />
    </message>
    <message>
        <source>The key is wiped from memory until you unlock</source>
        <translation />
    </message>
    <message>
        <source>Lock with Ctrl+L</source>
        <translation />
    </message>
</context>
<context>
    <name>fw::wallet::WalletService</name>
    <message>
        <source>A Flywheel recovery phrase has 24 words; got %1.</source>
        <translation />
    </message>
    <message>
        <source>An identity needs a name.</source>
        <translation />
    </message>
    <message>
        <source>This workspace already holds the identity %1.</source>
        <translation />
    </message>
    <message>
        <source>No identity with id %1.</source>
        <translation />
    </message>
    <message>
        <source>This workspace has no identity yet.</source>
        <translation />
    </message>
    <message>
        <source>No identity with address %1 in this workspace.</source>
        <translation />
    </message>
    <message>
        <source>The stored key of identity %1 is damaged.</source>
        <translation />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workbench for community-built AI</source>
        <translation />
    </message>
    <message>
        <source>Open the demo workspace (created if needed).</source>
        <translation />
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation />
    </message>
</context>
</TS>