<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fw</name>
    <message>
        <source>%1 %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::crypto</name>
    <message>
        <source>Invalid address: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>it must start with fw1.</source>
        <translation></translation>
    </message>
    <message>
        <source>wrong length.</source>
        <translation></translation>
    </message>
    <message>
        <source>it contains a character that is not allowed.</source>
        <translation></translation>
    </message>
    <message>
        <source>the checksum does not match (a typo?).</source>
        <translation></translation>
    </message>
    <message>
        <source>A public key has 32 bytes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown key derivation algorithm.</source>
        <translation></translation>
    </message>
    <message>
        <source>Key derivation settings are invalid.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB).</source>
        <translation></translation>
    </message>
    <message>
        <source>A recovery phrase has 12 to 24 words; got %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Word %1 (&quot;%2&quot;) is not in the word list.</source>
        <translation></translation>
    </message>
    <message>
        <source>The recovery phrase&apos;s checksum does not match; check the words and their order.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet</name>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation></translation>
    </message>
    <message>
        <source>The signing key does not belong to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A datanet needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>A datanet name has at most 100 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>A datanet name cannot hold control characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum counts cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rates are between 0 and 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;conversations&quot; must be an array</source>
        <translation></translation>
    </message>
    <message>
        <source>turn %1: unknown speaker &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 records cannot be exported as %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 format holds %2 records, but this datanet takes %3 records</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its first line; choose one (alpaca, sharegpt, openai, preference, text-jsonl, csv, text).</source>
        <translation></translation>
    </message>
    <message>
        <source>Not a valid inclusion proof: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be %2 lower-case hex digits</source>
        <translation></translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>field &quot;messages&quot; must be a non-empty array</source>
        <translation></translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation></translation>
    </message>
    <message>
        <source>message %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>message %1: unknown role &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>a conversation needs at least one user and one assistant message</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; are the same answer</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown record kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Generated from facts tables for the demo.</source>
        <translation></translation>
    </message>
    <message>
        <source>Phrasing too close to another record</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::CsvReader</name>
    <message>
        <source>the CSV file is empty</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV header, line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the CSV header has no column &quot;%1&quot; (mapped to %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>no CSV column maps to a field of %1 records (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation></translation>
    </message>
    <message>
        <source>stray quote in column %1</source>
        <translation></translation>
    </message>
    <message>
        <source>quoted field never closed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::DatanetImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has %2 malformed record(s); nothing was imported: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::DatanetService</name>
    <message>
        <source>A datanet named &quot;%1&quot; already exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>No datanet with id %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No datanet named &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation></translation>
    </message>
    <message>
        <source>This datanet already holds the same record.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record hash (8 to 64 hex digits).</source>
        <translation></translation>
    </message>
    <message>
        <source>No record with hash %1 in this datanet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Hash prefix %1 matches several records; give more digits.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejecting a record needs a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no review action to undo.</source>
        <translation></translation>
    </message>
    <message>
        <source>At least %1 approved records</source>
        <translation></translation>
    </message>
    <message>
        <source>At least %1 distinct contributors</source>
        <translation></translation>
    </message>
    <message>
        <source>At least %1 tokens (estimated)</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1% duplicates</source>
        <translation></translation>
    </message>
    <message>
        <source>At least %1% of reviewed records approved</source>
        <translation></translation>
    </message>
    <message>
        <source>No contribution with id %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Contribution %1 by %2 does not verify: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>a record&apos;s content does not match its hash</source>
        <translation></translation>
    </message>
    <message>
        <source>its records do not match the signed Merkle root</source>
        <translation></translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::InclusionProof</name>
    <message>
        <source>not a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsupported inclusion proof version.</source>
        <translation></translation>
    </message>
    <message>
        <source>wrong &quot;type&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;index&quot; and &quot;treeSize&quot; must be numbers</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;path&quot; must be an array</source>
        <translation></translation>
    </message>
    <message>
        <source>the JSON is not in canonical form</source>
        <translation></translation>
    </message>
    <message>
        <source>the path does not fit the index and tree size</source>
        <translation></translation>
    </message>
    <message>
        <source>The proof does not lead to datanet version %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::JsonlReader</name>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::PlainTextReader</name>
    <message>
        <source>not valid UTF-8</source>
        <translation></translation>
    </message>
    <message>
        <source>plain text files make text records, but this datanet takes %1 records</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::RecordContent</name>
    <message>
        <source>stored record is not a JSON object</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::datanet::VersionService</name>
    <message>
        <source>Nothing to freeze: no record is approved yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>This datanet has no frozen version yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give &quot;latest&quot; or at least 8 hex digits of a version id.</source>
        <translation></translation>
    </message>
    <message>
        <source>No version %1 in this datanet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version prefix %1 is ambiguous.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record %1 is not in version %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Versions export to JSONL formats only.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml</name>
    <message>
        <source>The ML engine module could not be loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json: %1 is not supported</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Unexpected weight &quot;%1&quot;: the checkpoint does not match config.json</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing weight &quot;%1&quot; in the checkpoint</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight &quot;%1&quot; has shape %2, the config needs %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create folder %1</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA needs rank &gt; 0, alpha &gt; 0 and 0 &lt;= dropout &lt; 1</source>
        <translation></translation>
    </message>
    <message>
        <source>No module matches the LoRA targets %1 (known: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The model carries no LoRA adapter to export</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a LoRA adapter</source>
        <translation></translation>
    </message>
    <message>
        <source>Unexpected adapter weight &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Adapter weight &quot;%1&quot; does not fit this model</source>
        <translation></translation>
    </message>
    <message>
        <source>The adapter in %1 lacks weights for some target modules</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json: &quot;%1&quot; must be an integer</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json: &quot;%1&quot; must be a number</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json: &quot;rope_scaling&quot; must be an object</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json: rope scaling &quot;%1&quot; is not supported (supported: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json: rope scaling factor must be positive</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor type not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot map %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds neither model.safetensors nor model.safetensors.index.json</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no weight_map</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: invalid shard name for &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 does not contain &quot;%2&quot; named by the index</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; is not an object</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has unknown dtype &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has no shape</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has an invalid dimension</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; is impossibly large</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has invalid data_offsets</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; occupies %2 bytes but its shape and dtype need %3</source>
        <translation></translation>
    </message>
    <message>
        <source>No output folder given</source>
        <translation></translation>
    </message>
    <message>
        <source>Training was cancelled at step %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The loss diverged at step %1; lower the learning rate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::ByteLevelBpeTokenizer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>a Split pre-tokenizer other than an isolated regex</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json: invalid pre-tokenizer regex: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the pre-tokenizer &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>a model of type &quot;%1&quot; (only BPE)</source>
        <translation></translation>
    </message>
    <message>
        <source>byte-fallback BPE (use tokenizer.model)</source>
        <translation></translation>
    </message>
    <message>
        <source>a BPE tokenizer that is not byte-level</source>
        <translation></translation>
    </message>
    <message>
        <source>the normalizer &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 is malformed</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json: an added token has no id or content</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json: the vocabulary lacks byte %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::ByteLevelBpeTrainer</name>
    <message>
        <source>A byte-level vocabulary needs at least %1 entries</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::LanguageModel</name>
    <message>
        <source>The tokenizer has %1 tokens but the model only %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The model already carries an adapter; merge it first</source>
        <translation></translation>
    </message>
    <message>
        <source>The model carries no adapter to export</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::ModelConfig</name>
    <message>
        <source>Model sizes must be positive (vocab, hidden size, layers, heads, intermediate size, context length)</source>
        <translation></translation>
    </message>
    <message>
        <source>hidden_size %1 is not divisible by num_attention_heads %2</source>
        <translation></translation>
    </message>
    <message>
        <source>num_attention_heads %1 is not divisible by num_key_value_heads %2</source>
        <translation></translation>
    </message>
    <message>
        <source>head dimension %1 must be even for rotary embeddings</source>
        <translation></translation>
    </message>
    <message>
        <source>rms_norm_eps and rope_theta must be positive</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json: model_type &quot;%1&quot; is not supported (supported: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>config.json: hidden_act &quot;%1&quot; is not supported (only silu)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown model preset &quot;%1&quot; (known: %2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::SafetensorsHeader</name>
    <message>
        <source>safetensors: file is too short (%1 bytes) to hold a header</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: header of %1 bytes exceeds the %2-byte limit</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: header claims %1 bytes but the file is truncated at %2</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: header is not a JSON object (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: metadata value &quot;%1&quot; is not a string</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; overlaps the previous tensor</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: gap before tensor &quot;%1&quot; at byte %2</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; ends at byte %2, past the end of the data (%3 bytes); the file is truncated</source>
        <translation></translation>
    </message>
    <message>
        <source>safetensors: %1 trailing bytes after the last tensor</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::SentencePieceTokenizer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.model: a malformed protobuf field</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.model is not a SentencePiece model</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.model: only BPE SentencePiece models are supported</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.model: unk id out of range</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::SftDataset</name>
    <message>
        <source>There are no examples to train on</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::Tokenizer</name>
    <message>
        <source>%1 holds neither tokenizer.json nor tokenizer.model</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::Trainer</name>
    <message>
        <source>Cannot read checkpoint %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Checkpoint %1 belongs to another kind of training</source>
        <translation></translation>
    </message>
    <message>
        <source>Checkpoint %1 does not match this model (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Checkpoint %1 is damaged: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ml::TrainingConfig</name>
    <message>
        <source>Set &quot;steps&quot; or &quot;epochs&quot; to a positive number</source>
        <translation></translation>
    </message>
    <message>
        <source>batch_size and grad_accum must be positive and seq_len at least 2</source>
        <translation></translation>
    </message>
    <message>
        <source>learning_rate must be positive, min_lr_ratio within [0, 1], warmup_steps &gt;= 0</source>
        <translation></translation>
    </message>
    <message>
        <source>eval_fraction must be within [0, 1)</source>
        <translation></translation>
    </message>
    <message>
        <source>AdamW betas must be within [0, 1); weight_decay and grad_clip must not be negative</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA needs a positive rank and alpha and at least one target module</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;method&quot; must be &quot;full&quot; or &quot;lora&quot;, not &quot;%1&quot;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::models</name>
    <message>
        <source>Plain-text datanets have no prompts to answer, so they cannot be used for supervised fine-tuning; use an instruction, chat or preference datanet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation></translation>
    </message>
    <message>
        <source>A model needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>A model name has at most 100 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>A model name cannot contain &quot;/&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>A model name cannot hold control characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 holds no files to store.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The stored file %1 misses a part.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a size preset trained from scratch: its weights are random, so there is nothing for LoRA to adapt. Train it in full, or start from a trained or imported model.</source>
        <translation></translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; already exists; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of %2 did not meet the datanet&apos;s requirements when it was frozen; only ready versions can be trained on.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an adapter; train on a whole model (export it merged first).</source>
        <translation></translation>
    </message>
    <message>
        <source>The datanet &quot;%1&quot; this model was trained on is no longer in the workspace, so its held-out examples cannot be rebuilt.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not trained in this workspace (source: %2), so there is no held-out split to evaluate it on.</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot;, which this model was trained on, is no longer in the workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no config.json in %1: this is not a Hugging Face model folder, or its download is incomplete.</source>
        <translation></translation>
    </message>
    <message>
        <source>The model description %1 cannot be used: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no tokenizer in %1: the folder needs tokenizer.json or tokenizer.model.</source>
        <translation></translation>
    </message>
    <message>
        <source>The weights file %1 is incomplete or damaged, perhaps by an unfinished download or copy; fetch it again. Details: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>There are no weights in %1: the folder needs model.safetensors (or model.safetensors.index.json and its shards).</source>
        <translation></translation>
    </message>
    <message>
        <source> Its PyTorch .bin/.pth weights cannot be read: convert them to safetensors first.</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json (byte-level BPE)</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.model (SentencePiece)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>The model in %1 cannot be loaded: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot stage %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version %1 of %2 is listed twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>The time measurement was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>The stored file %1 has no contents.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::models::ModelStore</name>
    <message>
        <source>No model or adapter is named &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>No model or adapter with id %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A stored file has an unsafe name: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the base of %2; remove those first.</source>
        <translation></translation>
    </message>
    <message>
        <source>An adapter needs the model it adapts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The base model (id %1) does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an adapter, not a model; it cannot be a base.</source>
        <translation></translation>
    </message>
    <message>
        <source>A model or adapter named &quot;%1&quot; already exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the base of the training run(s) %2, running or waiting to resume; let them finish or remove them from the history first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::models::RecordedRun</name>
    <message>
        <source>Training run %1 (&quot;%2&quot;) is %3 and cannot resume; only a cancelled, failed or interrupted run with a checkpoint can.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::models::RunHistory</name>
    <message>
        <source>This run has no checkpoint to resume from.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no training run %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::models::RunQueue</name>
    <message>
        <source>A queued or running run already makes &quot;%1&quot;; choose another name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::models::TrainingPlan</name>
    <message>
        <source>The run needs a &quot;%1&quot; string.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;data&quot; is a non-empty list of {&quot;datanet&quot;, &quot;version&quot;} objects and replaces &quot;datanet&quot; and &quot;version&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Every &quot;data&quot; entry needs a &quot;datanet&quot; name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::store</name>
    <message>
        <source>This workspace was written by a newer Flywheel (schema %1; this version knows up to %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot bind a value: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::store::Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>The database %1 is not encrypted; refusing to open it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The database cannot be decrypted with this key (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot key the database: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLCipher is not active (the plain SQLite library answered); refusing to open an unencrypted workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::store::Workspace</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot flush the new database.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong passphrase for workspace %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::store::WorkspaceHeader</name>
    <message>
        <source>%1 is not a Flywheel workspace (no %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is too large to be a workspace header.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a Flywheel workspace header.</source>
        <translation></translation>
    </message>
    <message>
        <source>This workspace needs a newer Flywheel (format %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged (key check or database name).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::AboutDialog</name>
    <message>
        <source>About Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (open workspace: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>A desktop workbench for community-built AI.</source>
        <translation></translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation></translation>
    </message>
    <message>
        <source>libtorch</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation></translation>
    </message>
    <message>
        <source>libsodium</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::AddRecordDialog</name>
    <message>
        <source>Instruction:</source>
        <translation></translation>
    </message>
    <message>
        <source>Input (optional):</source>
        <translation></translation>
    </message>
    <message>
        <source>Response:</source>
        <translation></translation>
    </message>
    <message>
        <source>System (optional):</source>
        <translation></translation>
    </message>
    <message>
        <source>User:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation></translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation></translation>
    </message>
    <message>
        <source>Chosen answer:</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected answer:</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a Record to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::AppLauncher</name>
    <message>
        <source>Opening the demo workspace...</source>
        <translation></translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo workspace could not be opened: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::AttributionPanel</name>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation></translation>
    </message>
    <message>
        <source>Datanet</source>
        <translation></translation>
    </message>
    <message>
        <source>Record</source>
        <translation></translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation></translation>
    </message>
    <message>
        <source>Training records behind the answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Answer with matched spans</source>
        <translation></translation>
    </message>
    <message>
        <source>Tracing the answer back to %1&apos;s training records…</source>
        <translation></translation>
    </message>
    <message>
        <source>No span of this answer occurs in %1&apos;s training data: nobody&apos;s record shaped it word for word.</source>
        <translation></translation>
    </message>
    <message>
        <source>Training records that share spans with this answer (%2 tokens): %1. Their shares add up to 100 %.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::BusyBar</name>
    <message>
        <source>Working</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace is re-encrypted with the new passphrase. There is no way to recover a forgotten passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ChatColumn</name>
    <message>
        <source> Paid %1 OPEN (receipt %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is loaded (%2 parameters).</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>You:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped after %1 tokens (%2 s).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 tokens in %2 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (node)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 answers through the node at %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ChatSession</name>
    <message>
        <source>%1 (node)</source>
        <translation></translation>
    </message>
    <message>
        <source>The node no longer serves %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ContributorsPanel</name>
    <message>
        <source>Contributors</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation></translation>
    </message>
    <message>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation></translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation></translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2, yours)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::DatanetListModel</name>
    <message>
        <source>Instruction pairs</source>
        <translation></translation>
    </message>
    <message>
        <source>Chat conversations</source>
        <translation></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation></translation>
    </message>
    <message>
        <source>Preference pairs</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::DatanetsPage</name>
    <message>
        <source>Datanets</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Datanet…</source>
        <translation></translation>
    </message>
    <message>
        <source>A datanet collects records for one domain from many contributors. Create one with &quot;New Datanet…&quot;, then drop JSONL, CSV or text files on this page to import them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation></translation>
    </message>
    <message>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation></translation>
    </message>
    <message>
        <source>Created %1. Drop files here or use &quot;Import File…&quot; on the Records tab.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record added and signed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Create or select a datanet first, then import into it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 exact duplicates skipped, %4 near duplicates flagged, %5 malformed lines skipped.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::DeployForm</name>
    <message>
        <source>&amp;Model or adapter:</source>
        <translation></translation>
    </message>
    <message>
        <source>Name on the &amp;node:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Price (OPEN per 1,000 tokens):</source>
        <translation></translation>
    </message>
    <message>
        <source>Revenue split:</source>
        <translation></translation>
    </message>
    <message>
        <source>node</source>
        <translation></translation>
    </message>
    <message>
        <source>builder</source>
        <translation></translation>
    </message>
    <message>
        <source>data</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation></translation>
    </message>
    <message>
        <source>Clients put this name in the &quot;model&quot; field. Empty: the registry&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (adapter)</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the local node or pick a reachable node first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The registry is empty: train or import a model in ModelFactory first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The split must add up to 100 %.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::DeploymentTableModel</name>
    <message>
        <source>adapter</source>
        <translation></translation>
    </message>
    <message>
        <source>base model</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 OPEN / 1k tokens</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation></translation>
    </message>
    <message>
        <source>Price</source>
        <translation></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::EvaluationPanel</name>
    <message>
        <source>&amp;Ask Both</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Compare on Held-Out Prompts</source>
        <translation></translation>
    </message>
    <message>
        <source>Trained model to evaluate</source>
        <translation></translation>
    </message>
    <message>
        <source>Or type a prompt of your own</source>
        <translation></translation>
    </message>
    <message>
        <source>Prompt for both models</source>
        <translation></translation>
    </message>
    <message>
        <source>Both models answer up to %1 of the prompts the run held out from training, greedily (temperature 0), at most %2 tokens each.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation></translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (LoRA adapter)</source>
        <translation></translation>
    </message>
    <message>
        <source>No trained model yet: train one on the Train tab. Imported models have no held-out split to evaluate on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare both models on the held-out prompts, or ask them a prompt of your own.</source>
        <translation></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation></translation>
    </message>
    <message>
        <source>from scratch (%1 preset, no base model)</source>
        <translation></translation>
    </message>
    <message>
        <source>fine-tuned from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Rebuilding the run&apos;s held-out split…</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation></translation>
    </message>
    <message>
        <source>This run held no examples out (eval fraction %1), so there is nothing to compare on; ask a prompt of your own instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Both models answer %1 of the %2 held-out prompts…</source>
        <translation></translation>
    </message>
    <message>
        <source>No base model: trained from scratch (%1 preset, random weights).</source>
        <translation></translation>
    </message>
    <message>
        <source>No base model in the registry.</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>Done: both models answered %1 prompts.</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; version %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2, %3 steps&lt;br&gt;final training loss %4 · eval loss %5 · perplexity %6</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why This Answer?</source>
        <translation></translation>
    </message>
    <message>
        <source>Find the training records the selected fine-tuned answer comes from, with each contributor&apos;s share (span attribution).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::EvaluationTableModel</name>
    <message>
        <source>Prompt</source>
        <translation></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation></translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation></translation>
    </message>
    <message>
        <source>Base model: none</source>
        <translation></translation>
    </message>
    <message>
        <source>Base model: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Trained: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Fine-tuned: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::FinishPage</name>
    <message>
        <source>Creating the Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Opening the Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Deriving the encryption key and creating the workspace. This takes a moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deriving the encryption key and opening the workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Go Back to change your choices; nothing you entered was lost.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace “%1” is open. Click Finish to start working.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::FirstRunWizard</name>
    <message>
        <source>Flywheel Setup</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::IdentityDetails</name>
    <message>
        <source>No identity selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::IdentityPage</name>
    <message>
        <source>Me</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore Your Wallet</source>
        <translation></translation>
    </message>
    <message>
        <source>Your Identity</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your 24 recovery words; the same words always give the same address.</source>
        <translation></translation>
    </message>
    <message>
        <source>An identity signs your contributions and receives your earnings. You can add more identities later.</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity name</source>
        <translation></translation>
    </message>
    <message>
        <source>Recovery words (you can paste all 24 into the first field):</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::IdentityTableModel</name>
    <message>
        <source>Default</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ImportDialog</name>
    <message>
        <source>Alpaca JSONL (instruction, input, output)</source>
        <translation></translation>
    </message>
    <message>
        <source>ShareGPT JSONL (conversations)</source>
        <translation></translation>
    </message>
    <message>
        <source>OpenAI chat JSONL (messages)</source>
        <translation></translation>
    </message>
    <message>
        <source>Preference pairs JSONL (prompt, chosen, rejected)</source>
        <translation></translation>
    </message>
    <message>
        <source>Text JSONL (text)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation></translation>
    </message>
    <message>
        <source>Plain text (paragraphs)</source>
        <translation></translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation></translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Detect: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Detect (not recognised)</source>
        <translation></translation>
    </message>
    <message>
        <source>File format</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributor identity</source>
        <translation></translation>
    </message>
    <message>
        <source>Skip malformed lines (otherwise one bad line refuses the whole file)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV columns</source>
        <translation></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation></translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Preview (first records of the file):</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Record</source>
        <translation></translation>
    </message>
    <message>
        <source>The format was not recognised (%1). Choose it above.</source>
        <translation></translation>
    </message>
    <message>
        <source>OK</source>
        <translation></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the file&apos;s format first.</source>
        <translation></translation>
    </message>
    <message>
        <source>This workspace has no identity to sign the contribution with.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported. Indexing for search: %1 of %2 records</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 records read</source>
        <translation></translation>
    </message>
    <message>
        <source>, %1 malformed</source>
        <translation></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation></translation>
    </message>
    <message>
        <source>Import cancelled; the datanet is unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ImportModelDialog</name>
    <message>
        <source>Architecture:</source>
        <translation></translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation></translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation></translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation></translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation></translation>
    </message>
    <message>
        <source>Context:</source>
        <translation></translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation></translation>
    </message>
    <message>
        <source>Chat template:</source>
        <translation></translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 key/value heads)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no (chats use ChatML)</source>
        <translation></translation>
    </message>
    <message>
        <source>Import a Hugging Face Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a model folder in Hugging Face layout: config.json, the weights as .safetensors, and tokenizer.json or tokenizer.model. The whole model is loaded once to check it; only its own files are stored, encrypted, in the workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Folder holding config.json</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a Hugging Face Model Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>What the folder holds</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a name for the model.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open and unlock a workspace first.</source>
        <translation></translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; already exists in this workspace; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing &quot;%1&quot;: storing %2 in the workspace…</source>
        <translation></translation>
    </message>
    <message>
        <source>The ML engine is not available, so the folder cannot be checked.</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading the ML engine…</source>
        <translation></translation>
    </message>
    <message>
        <source>The ML engine could not be loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a model folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking %1… (the whole model is loaded; big models take a while)</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready to import: the files above (%1) will be stored, encrypted, in the workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The import is still running; it cannot be stopped halfway.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::LocalNode</name>
    <message>
        <source>The local node crashed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The local node exited (code %1).</source>
        <translation></translation>
    </message>
    <message>
        <source>flywheel-node could not be started from %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::LocationPage</name>
    <message>
        <source>My workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>My workspace %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a Parent Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>A workspace already exists in this folder. Choose another folder or open it instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Everything in the folder is encrypted except a small header with the key settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::LockScreen</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace “%1” is locked</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::MainWindow</name>
    <message>
        <source>%1 — Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation></translation>
    </message>
    <message>
        <source>Quit Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1

Quit anyway? It will be stopped.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::MlEngine</name>
    <message>
        <source>ML engine unavailable</source>
        <translation></translation>
    </message>
    <message>
        <source>Loading ML engine…</source>
        <translation></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::MnemonicEntry</name>
    <message>
        <source>Not in the word list</source>
        <translation></translation>
    </message>
    <message>
        <source>Word %1 (&quot;%2&quot;) is not in the word list.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 words entered.</source>
        <translation></translation>
    </message>
    <message>
        <source>All %1 words are valid and the checksum matches.</source>
        <translation></translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ModelFactoryPage</name>
    <message>
        <source>Train</source>
        <translation></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation></translation>
    </message>
    <message>
        <source>New training run</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation></translation>
    </message>
    <message>
        <source>Training monitor</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation></translation>
    </message>
    <message>
        <source>Models and adapters</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>ModelFactory</source>
        <translation></translation>
    </message>
    <message>
        <source>The training run &quot;%1&quot; is in progress.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The training run &quot;%1&quot; is in progress and %n more wait(s).</source>
        <translation>
            <numerusform>The training run &quot;%1&quot; is in progress and %n more waits.</numerusform>
            <numerusform>The training run &quot;%1&quot; is in progress and %n more wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ML engine could not be loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The ML engine is still loading.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) waiting</source>
        <translation>
            <numerusform>%n run waiting</numerusform>
            <numerusform>%n runs waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued &quot;%1&quot;; it starts when the current run ends.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot;…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Training on %n example(s) of version %1.</source>
        <translation>
            <numerusform>Training on %n example of version %1.</numerusform>
            <numerusform>Training on %n examples of version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ready: final loss %2 after %3 s.</source>
        <translation></translation>
    </message>
    <message>
        <source> Eval loss %1, perplexity %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the Adapter (PEFT layout) to…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the Model (Hugging Face layout) to…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from this workspace? This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation></translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import from Hugging Face…</source>
        <translation></translation>
    </message>
    <message>
        <source>Adds a Llama-family model folder (config.json, safetensors, tokenizer) to this workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>The training run &quot;%1&quot; was interrupted at step %2 of %3. Resume it from its last checkpoint (step %4)?</source>
        <translation></translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; has no checkpoint to resume from.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not measure the time: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Resuming &quot;%1&quot; from its checkpoint at step %2…</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1; it is now a base for new runs and in the Playground.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the base of the queued or running run(s) %2; remove them from the queue or let them finish first.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::ModelTableModel</name>
    <message>
        <source>imported from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 from scratch</source>
        <translation></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation></translation>
    </message>
    <message>
        <source>Model</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Built from</source>
        <translation></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source> · run %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::NewDatanetDialog</name>
    <message>
        <source>New Datanet</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. world-capitals</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. geography</source>
        <translation></translation>
    </message>
    <message>
        <source>The kind decides the record editor, the importers and how training uses the records.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation></translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>Requirements for training</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::NewRunForm</name>
    <message>
        <source>nano: about 1M parameters, from scratch (seconds per hundred steps)</source>
        <translation></translation>
    </message>
    <message>
        <source>micro: about 6M parameters, from scratch</source>
        <translation></translation>
    </message>
    <message>
        <source>mini: about 25M parameters, from scratch (a GPU helps)</source>
        <translation></translation>
    </message>
    <message>
        <source>Datanet version to train on</source>
        <translation></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA adapter (small, base stays untouched)</source>
        <translation></translation>
    </message>
    <message>
        <source>Full fine-tuning (every weight)</source>
        <translation></translation>
    </message>
    <message>
        <source>Quick</source>
        <translation></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation></translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation></translation>
    </message>
    <message>
        <source>Sets the number of steps and the learning rate; Advanced shows every value.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the new model</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation></translation>
    </message>
    <message>
        <source>Optimizer steps. More steps learn more and take longer (1 to 1,000,000).</source>
        <translation></translation>
    </message>
    <message>
        <source>Examples per step. Larger batches give smoother updates and need more memory (1 to 512).</source>
        <translation></translation>
    </message>
    <message>
        <source>Tokens per example; longer examples are cut (16 to 8,192).</source>
        <translation></translation>
    </message>
    <message>
        <source>Steps over which the learning rate rises from zero, for a stable start.</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA rank: the size of the adapter&apos;s low-rank matrices (1 to 256; 8 is common).</source>
        <translation></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same run on the CPU.</source>
        <translation></translation>
    </message>
    <message>
        <source>Peak learning rate after warm-up; it decays along a cosine (0.000001 to 0.1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of the examples held out to measure eval loss and perplexity (0 to 50 %).</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA alpha: scales the adapter&apos;s contribution (alpha / rank); often twice the rank.</source>
        <translation></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation></translation>
    </message>
    <message>
        <source>Held out for evaluation:</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA rank:</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA alpha:</source>
        <translation></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation></translation>
    </message>
    <message>
        <source>No version yet: freeze one on the Datanets page.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (registered model)</source>
        <translation></translation>
    </message>
    <message>
        <source>No datanet has a frozen version to train on yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a datanet with a ready version (freeze one on the Datanets page).</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the new model a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Memory needed: unknown for this base.</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs about %1 while training (weights %2, gradients %3, optimizer %4, activations %5).</source>
        <translation></translation>
    </message>
    <message>
        <source> This machine has only %1 free: the run will likely fail; lower the batch size or the sequence length, or use LoRA.</source>
        <translation></translation>
    </message>
    <message>
        <source> This machine has %1 free.</source>
        <translation></translation>
    </message>
    <message>
        <source>Frozen version of the datanet</source>
        <translation></translation>
    </message>
    <message>
        <source>Other datanets to train on as well</source>
        <translation></translation>
    </message>
    <message>
        <source>Tick other datanets to train on their newest ready version too; the examples of every ticked version are trained on together.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation></translation>
    </message>
    <message>
        <source>Also &amp;train on:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Measure Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Runs the first few steps of this run on this machine to time them; nothing is saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Has a ready version to train on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not ready: no version met the datanet&apos;s requirements when it was frozen. Review more records and freeze again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · no version yet</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n version(s)</source>
        <translation>
            <numerusform>%1 · %n version</numerusform>
            <numerusform>%1 · %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s) · %2</source>
        <translation>
            <numerusform>%1 · %n record · %2</numerusform>
            <numerusform>%1 · %n records · %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (newest)</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready: this version meets the datanet&apos;s requirements.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not ready: this version did not meet the datanet&apos;s requirements when it was frozen.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n record</numerusform>
            <numerusform>%1 · %2 · %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Its newest ready version, %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Split: all %1 examples train; none held out for evaluation (see Advanced).</source>
        <translation></translation>
    </message>
    <message>
        <source>Split: %1 examples train, %2 held out for evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>Measuring the first steps on this machine…</source>
        <translation></translation>
    </message>
    <message>
        <source>Time: not measured yet for these settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation></translation>
    </message>
    <message>
        <source>About %1 on this machine: %2 steps at %3 ms each, plus %4 to prepare (measured).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::NodeCharts</name>
    <message>
        <source>Requests per second</source>
        <translation></translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency p50 (ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>Queue and resident adapters</source>
        <translation></translation>
    </message>
    <message>
        <source>queued</source>
        <translation></translation>
    </message>
    <message>
        <source>adapters</source>
        <translation></translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::NodesPage</name>
    <message>
        <source>The local node listens on %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add Remote Node...</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Start Local Node...</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy Add&amp;ress</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undeploy</source>
        <translation></translation>
    </message>
    <message>
        <source>Deploy from the registry</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation></translation>
    </message>
    <message>
        <source>Log</source>
        <translation></translation>
    </message>
    <message>
        <source>Example request</source>
        <translation></translation>
    </message>
    <message>
        <source>Local node (this computer, 127.0.0.1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The local node is stopped. Start it to serve this workspace&apos;s models on 127.0.0.1, offline.</source>
        <translation></translation>
    </message>
    <message>
        <source>The local node is starting...</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Running&lt;/b&gt; at %1 &amp;mdash; address %2&lt;br&gt;base model: %3 &amp;middot; adapters deployed: %4, in memory: %5 &amp;middot; requests answered: %6</source>
        <translation></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Start Local Node</source>
        <translation></translation>
    </message>
    <message>
        <source>The node opens this workspace in a process of its own.
Passphrase of %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking the passphrase...</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong passphrase: the local node was not started.</source>
        <translation></translation>
    </message>
    <message>
        <source>Starting the local node...</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopping the local node (running requests finish first)...</source>
        <translation></translation>
    </message>
    <message>
        <source>Add Remote Node</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation></translation>
    </message>
    <message>
        <source>Node &amp;address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Asking %1 to prove its address...</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the node&apos;s address, so it can prove it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 proved the address %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Deploying %1 to %2...</source>
        <translation></translation>
    </message>
    <message>
        <source>Deployed %1 (manifest %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Undeployed %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::OpenExistingPage</name>
    <message>
        <source>This folder does not hold a Flywheel workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the workspace folder and type its passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::OverviewPanel</name>
    <message>
        <source>Edit &amp;Requirements…</source>
        <translation></translation>
    </message>
    <message>
        <source>Records and approvals over time</source>
        <translation></translation>
    </message>
    <message>
        <source>Requirements for training</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation></translation>
    </message>
    <message>
        <source> · domain: %1</source>
        <translation></translation>
    </message>
    <message>
        <source> · license: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 records: %2 pending, %3 approved, %4 rejected, %5 flagged · %6 near duplicates flagged, %7 exact duplicates refused · %8 contributors of approved records · about %9 approved tokens</source>
        <translation></translation>
    </message>
    <message>
        <source>✔ Ready: a version frozen now can be trained on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not ready yet. Missing: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>; </source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Records submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Records approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Requirements of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::PassphraseFields</name>
    <message>
        <source>At least %1 characters. A few unrelated words make a strong passphrase.</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation></translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>The passphrase encrypts the workspace. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::PlaygroundPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy Answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Model to chat with</source>
        <translation></translation>
    </message>
    <message>
        <source>Optional system prompt, e.g. &quot;Answer in one sentence.&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>0 always picks the likeliest token (greedy); higher values vary more.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample only from the likeliest tokens that together hold this probability (1 = all).</source>
        <translation></translation>
    </message>
    <message>
        <source>Sample only from this many likeliest tokens (0 = no limit).</source>
        <translation></translation>
    </message>
    <message>
        <source>The answer stops after this many tokens.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same seed and settings give the same answer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ask something (Ctrl+Enter sends)</source>
        <translation></translation>
    </message>
    <message>
        <source>Message</source>
        <translation></translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation></translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation></translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation></translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (LoRA adapter)</source>
        <translation></translation>
    </message>
    <message>
        <source>No model yet: train one on the Train tab, or import one with flywheel-cli model import.</source>
        <translation></translation>
    </message>
    <message>
        <source>Second model to compare with</source>
        <translation></translation>
    </message>
    <message>
        <source>Send every message to a second model too, and read both answers side by side.</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Why This Answer?</source>
        <translation></translation>
    </message>
    <message>
        <source>Find the training records the answer&apos;s text comes from, with each contributor&apos;s share (span attribution).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (through the local node)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::PromptQueue</name>
    <message>
        <source>(stopped)</source>
        <translation></translation>
    </message>
    <message>
        <source>The ML engine is not loaded.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::RecordDetailView</name>
    <message>
        <source>Instruction</source>
        <translation></translation>
    </message>
    <message>
        <source>Input</source>
        <translation></translation>
    </message>
    <message>
        <source>Response</source>
        <translation></translation>
    </message>
    <message>
        <source>System</source>
        <translation></translation>
    </message>
    <message>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation></translation>
    </message>
    <message>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation></translation>
    </message>
    <message>
        <source>Chosen answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected answer</source>
        <translation></translation>
    </message>
    <message>
        <source>Record details</source>
        <translation></translation>
    </message>
    <message>
        <source>Content (unreadable)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source> · near duplicate of an earlier record</source>
        <translation></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributor: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>About %1 tokens · added %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::RecordTableModel</name>
    <message>
        <source>Pending</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · near duplicate</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>#</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Record</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::RecordsPanel</name>
    <message>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <source>Search words (capit* finds capital, capitals…)</source>
        <translation></translation>
    </message>
    <message>
        <source>Search records</source>
        <translation></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributor filter</source>
        <translation></translation>
    </message>
    <message>
        <source>Near duplicates only</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reject… (R)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Flag (F)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve All &amp;Pending…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add &amp;Record…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Why are these records rejected?</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejecting needs a reason, so the contributor can learn from it.</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Approve every pending record of %1? Ctrl+Z undoes it.</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Enter the workspace passphrase to see the recovery words of “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show Words</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;b&gt;Anyone who sees these words can take this identity.&lt;/b&gt; Write them on paper, in order, and keep them offline. Never type them into a website.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::RequirementsEditor</name>
    <message>
        <source>A version can be trained on only with at least this many approved records.</source>
        <translation></translation>
    </message>
    <message>
        <source>Distinct contributors of approved records, so one person cannot make a datanet alone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Estimated tokens of the approved records (about four bytes of text each).</source>
        <translation></translation>
    </message>
    <message>
        <source>Exact and near duplicates as a share of everything submitted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved records as a share of those reviewed (approved or rejected).</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum approved records:</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum distinct contributors:</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum tokens:</source>
        <translation></translation>
    </message>
    <message>
        <source>Maximum duplicate rate:</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum approval rate:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::RestoreIdentityDialog</name>
    <message>
        <source>Restore Identity</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the 24 recovery words of the identity, in order.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restored identity</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity name</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::RunHistoryModel</name>
    <message>
        <source>Running</source>
        <translation></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed (can resume)</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled (can resume)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Interrupted (can resume)</source>
        <translation></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (from scratch)</source>
        <translation></translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation></translation>
    </message>
    <message>
        <source>Full</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Output</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Data</source>
        <translation></translation>
    </message>
    <message>
        <source>Base</source>
        <translation></translation>
    </message>
    <message>
        <source>Method</source>
        <translation></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation></translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation></translation>
    </message>
    <message>
        <source>Started</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::RunHistoryPanel</name>
    <message>
        <source>&amp;Resume Run</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove from &amp;History…</source>
        <translation></translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation></translation>
    </message>
    <message>
        <source>Select two or more runs (Ctrl or Shift) to compare their loss curves.</source>
        <translation></translation>
    </message>
    <message>
        <source>Training loss of the selected runs</source>
        <translation></translation>
    </message>
    <message>
        <source>Loss curves of the selected runs</source>
        <translation></translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint.</source>
        <translation></translation>
    </message>
    <message>
        <source>Step</source>
        <translation></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (eval)</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove from History</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n run(s) from the history, with their loss curves and checkpoints? Models they made stay in the registry.</source>
        <translation>
            <numerusform>Remove %n run from the history, with its loss curve and checkpoints? Models it made stay in the registry.</numerusform>
            <numerusform>Remove %n runs from the history, with their loss curves and checkpoints? Models they made stay in the registry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation></translation>
    </message>
    <message>
        <source>CPU &amp;threads for training:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation></translation>
    </message>
    <message>
        <source>Light</source>
        <translation></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation></translation>
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
        <translation></translation>
    </message>
    <message>
        <source>Never</source>
        <translation></translation>
    </message>
    <message>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation></translation>
    </message>
    <message>
        <source>CPU threads for training</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto-lock minutes, 0 for never</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::TrainingMonitor</name>
    <message>
        <source>Training progress</source>
        <translation></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation></translation>
    </message>
    <message>
        <source>Step</source>
        <translation></translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation></translation>
    </message>
    <message>
        <source>Training log</source>
        <translation></translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation></translation>
    </message>
    <message>
        <source>Step %1 of %2 · loss %3 · learning rate %4 · %5 tokens/s · elapsed %6</source>
        <translation></translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” does not hold a Flywheel workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo workspace&apos;s passphrase is “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::VersionsPanel</name>
    <message>
        <source>&amp;Freeze New Version</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Prove a Record…</source>
        <translation></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation></translation>
    </message>
    <message>
        <source>Freezes every approved record into an immutable version whose id is their Merkle root. Training refers to versions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Version id</source>
        <translation></translation>
    </message>
    <message>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation></translation>
    </message>
    <message>
        <source>Ready for training</source>
        <translation></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No (requirements not met)</source>
        <translation></translation>
    </message>
    <message>
        <source>Verifying every contribution and freezing…</source>
        <translation></translation>
    </message>
    <message>
        <source>Frozen: version %1 with %2 records.</source>
        <translation></translation>
    </message>
    <message>
        <source>Frozen: version %1 with %2 records. It does not meet the requirements, so it cannot be trained on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Export Version</source>
        <translation></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Prove a Record</source>
        <translation></translation>
    </message>
    <message>
        <source>Hash of the record (at least its first 8 hex digits):</source>
        <translation></translation>
    </message>
    <message>
        <source>Save Proof</source>
        <translation></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Proof saved to %1. Anyone can check it with: flywheel-cli datanet verify-proof %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Identity...</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore Identity...</source>
        <translation></translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation></translation>
    </message>
    <message>
        <source>Show Recovery &amp;Words...</source>
        <translation></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation></translation>
    </message>
    <message>
        <source>Identity created</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing has happened in this workspace yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation></translation>
    </message>
    <message>
        <source>Name of the new identity:</source>
        <translation></translation>
    </message>
    <message>
        <source>Rename Identity</source>
        <translation></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::WelcomePage</name>
    <message>
        <source>Welcome to Flywheel</source>
        <translation></translation>
    </message>
    <message>
        <source>Your work lives in an encrypted workspace folder. What would you like to do?</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Create a new workspace with a new wallet identity</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its 24 recovery words</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open an existing workspace folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Explore the &amp;demo workspace (passphrase “demo”)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::WorkspaceActions</name>
    <message>
        <source>Passphrase Changed</source>
        <translation></translation>
    </message>
    <message>
        <source>The workspace now opens with the new passphrase.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Lock Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Change Passphrase...</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” does not hold a Flywheel workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::ui::WorkspaceStatusBar</name>
    <message>
        <source>Workspace: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation></translation>
    </message>
    <message>
        <source>The key is wiped from memory until you unlock</source>
        <translation></translation>
    </message>
    <message>
        <source>Lock with Ctrl+L</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>fw::wallet::WalletService</name>
    <message>
        <source>A Flywheel recovery phrase has 24 words; got %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>An identity needs a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>This workspace already holds the identity %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No identity with id %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>This workspace has no identity yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>No identity with address %1 in this workspace.</source>
        <translation></translation>
    </message>
    <message>
        <source>The stored key of identity %1 is damaged.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workbench for community-built AI</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the demo workspace (created if needed).</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation></translation>
    </message>
</context>
</TS>
