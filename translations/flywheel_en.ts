<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>Training the demo model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying it to the local node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering paid questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo record has no question.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>fw::ModelFiles</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file has an unsafe name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution</name>
    <message>
        <source>The datanet &quot;%1&quot; (uid %2) the model was trained on is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no datanet version in its lineage (an imported model&apos;s training data is not in this workspace), so its answers cannot be attributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lineage of &quot;%1&quot; names a datanet version without its uid or root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither &quot;%1&quot; nor its base models hold a tokenizer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution index of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 record(s) that are not in the versions it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient store of &quot;%1&quot; is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient store of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a gradient that is not a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::AttributionBundle</name>
    <message>
        <source>The attribution bundle is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with FWAB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attribution bundle has format %1; this build reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lineage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the last part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lineage is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists %1 records but its span index holds %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::AttributionIndex</name>
    <message>
        <source>Attribution index lineage: unknown &quot;version&quot; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution index records: not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution index records: unknown &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution index records: entry %1 is not [source, 64 hex digits, address].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::AttributionService</name>
    <message>
        <source>The minimum span and the maximum count must be at least 1, the span limit at least 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient attribution covers LoRA adapters; use spans (&quot;%1&quot; is a whole model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient attribution lists at least 1 line and at least 0 negative ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::BuildProgress</name>
    <message>
        <source>Preparing attribution was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::GradientLineage</name>
    <message>
        <source>Gradient attribution covers LoRA adapters; use spans (&quot;%1&quot; is a whole model).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient store lineage: projection_seed or projection_dim is missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient store lineage: checkpoint %1 has no valid step or adapter_hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient store lineage: no checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::GradientStore</name>
    <message>
        <source>The gradient store of model %1 holds %2 bytes of gradients; %3 records of %4 checkpoints x %5 values need %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::IndexStore</name>
    <message>
        <source>The attribution index of model %1 lists %2 records but indexes %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::SpanIndex</name>
    <message>
        <source>a document was added before any record was begun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token id %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records hold 2^31 tokens or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the span index: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution index damaged: %1 at byte %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is cut short (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the magic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not FWSPANIX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attribution index has format %1; this build reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; expected 2 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pointer width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1; expected 3 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sentinel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, which does not fit the token width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, which does not fit the pointer width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, more than the %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the header (%1 bytes expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of order or range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, above the sentinel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the sentinel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suffix %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is out of range or repeated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::attribution::VersionRecords</name>
    <message>
        <source>%1 names the datanet &quot;%2&quot;, which is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names version %2 of &quot;%3&quot;, which cannot be read: %4</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>it has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it lists %1 records but says it has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its records no longer match their hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id does not match its records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signed statement does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not whole: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to 2^53</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::datanet::ContributionBundle</name>
    <message>
        <source>The bundle is refused whole: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Flywheel contribution bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported contribution bundle version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header needs a record &quot;kind&quot; and a &quot;records&quot; count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly &quot;record&quot;, &quot;contributor&quot;, &quot;publicKey&quot; and &quot;signature&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contributor address does not match the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the record: it was altered or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header must be the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is refused whole: its header announces %1 records, it holds %2 (a line was added or removed).</source>
        <translation type="unfinished"></translation>
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
        <source>the line is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 grows past %2 MiB by line %3; is its closing quote missing?</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The bundle holds %1 records; datanet %2 takes %3 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was imported</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The proof is for version %1 of datanet %2, not for the trusted version %3 of datanet %4.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the line is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>the paragraph is longer than %1 MiB</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The proof names datanet %1, which this workspace does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign the record of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::datanet::VersionStatement</name>
    <message>
        <source>Not a valid version statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the curator address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version statement&apos;s signature by %1 is not valid: the statement was altered or not signed by that curator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported version statement version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;recordCount&quot; and &quot;frozenAt&quot; must be numbers, &quot;curator&quot; an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has no signed statement: it was frozen before versions were signed. Freeze the datanet again to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback</name>
    <message>
        <source>Answer generation stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::AbCampaign</name>
    <message>
        <source>No preference datanet to receive the labels: create one on the Datanets page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A/B campaign compares two different models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::CampaignPrompts</name>
    <message>
        <source>Unknown prompt source &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt source gives no prompts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 campaign needs %2 to %3 models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pairwise campaign compares exactly two models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item needs at least one label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign needs at least one prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels go into a preference datanet; &quot;%1&quot; holds %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feedback campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::Label</name>
    <message>
        <source>field &quot;%1&quot; must be an array of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must hold whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pairwise label needs exactly two answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;ratings&quot; needs one rating per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;ratings&quot;: %1 is not a rating from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;flags&quot; needs one entry per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;rewrite&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;rewrite&quot; does not change the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;ranking&quot; must order every answer exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;item&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;prompt&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a label needs one to %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;shown&quot; must show every answer exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown choice &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::LabelImport</name>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;item&quot; must be a string or a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;choice&quot; must be a, b, tie or both_bad, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;rating&quot; must be a whole number from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line needs either &quot;choice&quot; or &quot;rating&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labeler &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more bad line(s)</source>
        <translation>
            <numerusform>and %n more bad line</numerusform>
            <numerusform>and %n more bad lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s), nothing imported: </source>
        <translation>
            <numerusform>%n malformed line, nothing imported: </numerusform>
            <numerusform>%n malformed lines, nothing imported: </numerusform>
        </translation>
    </message>
    <message>
        <source>no labels in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::LabelStore</name>
    <message>
        <source>A duplicate pair has no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datanet &quot;%1&quot; holds %2 records; labels go into a preference datanet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1: labeler %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored label %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::LabelingSession</name>
    <message>
        <source>Nothing to undo: earlier labels are in the datanet already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::feedback::WinRate</name>
    <message>
        <source>The reward model gave a score that is not a number; it cannot judge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing judged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>win rate %1% (%2 wins, %3 ties, %4 losses of %n prompt(s); mean reward margin %5)</source>
        <translation>
            <numerusform>win rate %1% (%2 wins, %3 ties, %4 losses of %n prompt; mean reward margin %5)</numerusform>
            <numerusform>win rate %1% (%2 wins, %3 ties, %4 losses of %n prompts; mean reward margin %5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ledger</name>
    <message>
        <source>&quot;%1&quot; is not an OPEN amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 6 decimals (1 OPEN = 1,000,000 units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits must follow the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only digits and one decimal point are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the largest amount, %1 OPEN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::AnswerTrace</name>
    <message>
        <source>The kept answer is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs &quot;answer&quot; and &quot;spans&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span needs &quot;begin&quot;, &quot;end&quot; and &quot;records&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a span lies outside the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record hash is not 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::Balances</name>
    <message>
        <source>Journal entry %1 (%2) breaks the rules: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel id belongs to deposits, redemptions and refunds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redemption, and only a redemption, carries a voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance would leave the amount range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance of %1 is below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel belongs to another payer or is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node&apos;s balance does not cover the payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deposit into this channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than the channel&apos;s unused escrow of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a refund goes to the channel&apos;s payer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the voucher is not the channel&apos;s payer&apos;s promise to this node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lane would redeem more than the voucher&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::ChannelBook</name>
    <message>
        <source>A channel needs a 16-byte id and a payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s deposit is out of range or below its lanes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 is not consistent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher is for node %1, not this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open channel %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer closed this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher is signed by %1, not by the channel&apos;s payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher&apos;s cumulative amount %1 is not above the lane&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lanes together would reach %1, above the deposit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fee of %1 is above the lane&apos;s credit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::EarningsService</name>
    <message>
        <source>(no record named)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::Journal</name>
    <message>
        <source>entry %1 has sequence number %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: one was removed, inserted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not signed by the journal&apos;s keeper: it was altered or forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement journal does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the journal&apos;s keeper signs entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::LedgerStore</name>
    <message>
        <source>The charge was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored channel&apos;s payer key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::LedgerView</name>
    <message>
        <source>The node journal does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::NodeLedger</name>
    <message>
        <source>The stored receipts do not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the channel&apos;s payer can close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open channel for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is above the credit the payer&apos;s voucher left on this lane.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::Receipt</name>
    <message>
        <source>Not a valid receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;request&quot; and &quot;deployment&quot; must be 1 to 128 plain characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;manifest&quot; and &quot;previous&quot; must be 32-byte hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token counts or time out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split party &quot;%1&quot; is not an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split adds up to %1, not to the fee %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribution line is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount in base units, as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split line needs exactly party, role and amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribution line needs exactly record, datanetVersion, contributor and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node address is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt&apos;s signature by %1 is not valid: it was altered or not signed by that node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than a receipt can be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is not in canonical form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported receipt version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptArchive</name>
    <message>
        <source>Receipt %1 (request %2 from node %3) was refused: %4 Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptChain</name>
    <message>
        <source>Receipt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1, not by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the receipt before it: one was removed, inserted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is dated before the receipt before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does not end at the trusted head: receipts are missing at its end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptLinker</name>
    <message>
        <source>it is not the first receipt of node %1, and nothing before it is known: its chain cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the last receipt of node %1: one was removed, inserted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is dated before the receipt before it from node %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptLog</name>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::RevenueSplit</name>
    <message>
        <source>Cannot split the fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share must be a finite number from 0 to 1e6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the basis points must be non-negative and add up to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a data party needs an address and a data role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ledger::Voucher</name>
    <message>
        <source>Not a valid voucher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher&apos;s signature by %1 is not valid: it was altered or not signed by that payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not canonical base64url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with &quot;FWV&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported voucher version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lane %1 is not below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cumulative amount %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expiry time is not positive</source>
        <translation type="unfinished"></translation>
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
        <source>Unexpected adapter weight &quot;%1&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>Adapter weight &quot;%1&quot; does not fit this model</source>
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
        <source>Training was cancelled at step %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The loss diverged at step %1; lower the learning rate</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json: %1 &quot;%2&quot; has the id %3; ids must be whole numbers from 0 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ML engine ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ML engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ML engine failed with an unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompts at once; at most %2 are decoded together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max tokens is %1; it must be from 0 to %2, the model&apos;s context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1 has %2 tokens, more than the model&apos;s context length of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt %1 holds the token id %2, outside the model&apos;s vocabulary of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model has no config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter is not a LoRA adapter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter lacks weights for some target modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json: &quot;%1&quot; is out of range (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no reward head; train one with the &quot;reward&quot; objective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;score.weight&quot; must be a (1, %2) tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model holds neither model.safetensors nor model.safetensors.index.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shard %1 named by %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter_config.json: LoRA needs r &gt; 0 and lora_alpha &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter_model.safetensors lacks &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter weight &quot;%1&quot; is %2; this base needs %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapter_config.json: the target module &quot;%1&quot; matches no projection of this base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter weight &quot;%1&quot; belongs to no target module of this base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient sketch size must be a positive multiple of 64, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient attribution needs at least one adapter checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base model of a gradient sketch must not carry an adapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch of %1 rows cannot be shared by %2 ranks; use a batch size of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their plan or their datanet version (Merkle root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their training rows (tokenizer, template or held-out split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank 0 stopped the run at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 training pairs cannot be shared by %2 ranks.</source>
        <translation type="unfinished"></translation>
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
        <source>tokenizer.json: an added token has no id or content</source>
        <translation></translation>
    </message>
    <message>
        <source>tokenizer.json: the vocabulary lacks byte %1</source>
        <translation></translation>
    </message>
    <message>
        <source>the vocabulary entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 is malformed (expected &quot;a b&quot; or [&quot;a&quot;, &quot;b&quot;])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the added token</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ml::DataParallelGroup</name>
    <message>
        <source>Cannot open the rendezvous on %1, or not all %2 ranks came within %3 s: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 cannot reach the master at %2 within %3 s: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 ranks met at %2 but could not connect to each other: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 lost the other ranks during %2 (a rank stopped, or stayed silent for more than %3 s); training stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 and rank %2 differ in %3; every rank must train the same plan on the same frozen datanet version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ml::DistributedSettings</name>
    <message>
        <source>The world size must be between 1 and 256 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank must be between 0 and %1 for a world of %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master address needs a host and a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be between 1 s and one day (got %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT (for example 192.168.1.20:29500).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The prompt and response are %1 tokens; the model reads at most %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The sizes describe %1 parameters, more than any model can have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ml::PreferenceDataset</name>
    <message>
        <source>There are no preference pairs to train on</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>tokenizer.model: more than %1 pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokenizer.model: piece %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ml::ServingEngineImpl</name>
    <message>
        <source>An adapter needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adapter named &quot;%1&quot; is already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapter &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adapter named &quot;%1&quot; is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sequences are running already, the most one engine decodes together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Int8 weights need an F32 model on the CPU</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The model holds neither tokenizer.json nor tokenizer.model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ml::TorchGradientSketcher</name>
    <message>
        <source>An adapter checkpoint holds %1 weights; the adapter has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adapter checkpoint lacks the weight &quot;%1&quot; or has another shape.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ml::Trainer</name>
    <message>
        <source>Cannot write the checkpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint belongs to another kind of training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint does not match this model (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint&apos;s optimizer state does not match this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how they exchange gradients (overlapped buckets or one exchange)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ml::TrainingConfig</name>
    <message>
        <source>Set &quot;steps&quot; or &quot;epochs&quot; to a positive number</source>
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
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; it must be from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;batch_size&quot; x &quot;seq_len&quot; is %1 tokens per micro-batch; at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning_rate must be positive and min_lr_ratio within [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;beta&quot; is %1; DPO needs it above 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;objective&quot; must be &quot;sft&quot;, &quot;reward&quot; or &quot;dpo&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;loss&quot; must be &quot;sigmoid&quot; or &quot;ipo&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 2^53, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;precision&quot; must be &quot;auto&quot;, &quot;fp32&quot; or &quot;bf16&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::models</name>
    <message>
        <source>Plain-text datanets have no prompts to answer, so they cannot be used for supervised fine-tuning; use an instruction, chat or preference datanet.</source>
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
    <message>
        <source>Model &quot;%1&quot; has no stored files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has %2 file(s) with missing parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; should hold %2 bytes but holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread measurement was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread measurement ended before it was timed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward models and DPO train on preference pairs; this version holds %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; objective trains on preference pairs (prompt, chosen, rejected), but %2 is a datanet of %3 records. Choose a preference datanet, or the &quot;sft&quot; objective.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The model &quot;%1&quot; has no files to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model file has an unsafe name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Training run %1 is being trained by another process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::models::RunQueue</name>
    <message>
        <source>A queued or running run already makes &quot;%1&quot;; choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>No waiting run at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; trains on &quot;%2&quot;, so it has to wait until &quot;%2&quot; is made.</source>
        <translation type="unfinished"></translation>
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
    <name>fw::node</name>
    <message>
        <source>&quot;%1&quot; is not supported by this node; leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;logit_bias&quot; is not supported by this node; leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &quot;response_format&quot;: {&quot;type&quot;: &quot;text&quot;} is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 messages are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each message needs a &quot;role&quot; of system, user or assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each message needs a &quot;content&quot; string (or a list of text parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the messages hold %1 characters; at most %2 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last message must not be the assistant&apos;s: the node writes that one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be a string (batches of prompts are not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prompt holds %1 characters; at most %2 are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stop&quot; must be a string or a list of up to 4 strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each stop sequence must be a string of 1 to 256 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;top_p&quot; must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stream_options&quot; is an object, allowed only with &quot;stream&quot;: true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;model&quot; must name a deployed model or adapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribution index of &quot;%1&quot; could not be built: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter&apos;s base &quot;%1&quot; could not be deployed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::DeployManifest</name>
    <message>
        <source>deploy manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 64 lower-case hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; must list 1 to %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name &quot;%1&quot; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;lineage&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lineage entry needs a datanet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revenue split must add up to 10000 basis points, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is missing from the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy package: file &quot;%1&quot; does not match its hash in the signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not listed in the signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy manifest: format version %1 is not supported (this node reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to %1 characters, without &apos;/&apos; or surrounding spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must not hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;model&quot; or &quot;adapter&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;owner&quot; is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model&apos;s &quot;base_hash&quot; must be the hash of its own files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;price_per_1k&quot; must be a whole number of base units, as a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::DeployPackage</name>
    <message>
        <source>deploy package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy package: format version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy package: the signature is not the owner&apos;s (%1) over this manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::DeploymentStore</name>
    <message>
        <source>A stored deployment&apos;s manifest no longer parses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deployed by %2; only its owner can replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deployed at release %2; a replacement needs a higher release than %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored deployment &quot;%1&quot; fails its checks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; has no file &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file &quot;%1&quot; of the deployment &quot;%2&quot; fails its hash check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::HttpServer</name>
    <message>
        <source>Send the request body with a Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than this node accepts (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node failed on this request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is larger than this node accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP request was refused (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::InferenceScheduler</name>
    <message>
        <source>The node is shutting down and takes no new requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s queue is full (%1 requests waiting); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs up to %1 tokens (%2 in the prompt, %3 to generate) but its voucher pays for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inference engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No adapter files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::NodeClient</name>
    <message>
        <source>Cannot reach the node at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node URL; write it as http://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node at %1 does not prove the address %2 (it says it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::NodePayments</name>
    <message>
        <source>The node&apos;s ledger is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; costs %2 OPEN per 1,000 tokens: send a voucher for this node (%3) in the %4 header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lane %1 of this channel already carries a request; use another lane for concurrent requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lane&apos;s credit (%1 OPEN) does not pay for a prompt and one token at %2 OPEN per 1,000 tokens; send a voucher with a higher cumulative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee overflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel is opened with {&quot;channel&quot;: 32 hex digits, &quot;amount&quot;: &quot;base units&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deposit must be a positive amount of base units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is running on lane %1 of this channel; close it when it is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Flywheel address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since must be a receipt position (0 or more) and limit 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::NodeService</name>
    <message>
        <source>The node&apos;s ledger does not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployed base model &quot;%1&quot; does not load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is shutting down and takes no new requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is not deployed on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a base model this node does not hold in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was generated but could not be charged, so it is not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be charged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is signed by %1 but the package belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter&apos;s base model (%1) is not deployed on this node; deploy it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node hosts the base model &quot;%1&quot;; undeploy it first (a node serves one base model and many adapters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model does not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployment is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner (%1) can undeploy &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adapter &quot;%1&quot; runs on &quot;%2&quot;; undeploy the adapters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--int8: the deployed base model &quot;%1&quot; cannot be served as int8: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node serves int8 weights (--int8), and the model cannot be: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::PaymentClient</name>
    <message>
        <source>The node opened the channel as %1, not as the address it proved (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel&apos;s deposit (%1 OPEN) does not cover this request; open a new channel with `flywheel-cli pay deposit`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s receipt does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is signed by %1, not by the node (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt charges %1 OPEN, more than the voucher allowed (%2 OPEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node lists no valid price for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is not deployed on this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s cost overflows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s answer carries no valid receipt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::node::RequestVerifier</name>
    <message>
        <source>this request must be signed (%1 and the other X-Flywheel headers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request&apos;s time is missing or more than 5 minutes from the node&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request&apos;s signature does not verify for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this request was already received (replayed nonce)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Database damage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the search index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::store::ConnectionPool</name>
    <message>
        <source>The workspace is busy with a passphrase change; try again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another passphrase change is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still using the workspace (training, an import, a freeze...). Wait for them to finish and try again.</source>
        <translation>
            <numerusform>%n job is still using the workspace (training, an import, a freeze...). Wait for it to finish and try again.</numerusform>
            <numerusform>%n jobs are still using the workspace (training, an import, a freeze...). Wait for them to finish and try again.</numerusform>
        </translation>
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
    <name>fw::store::JobClaim</name>
    <message>
        <source>Cannot open the workspace lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is being worked on by another process.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This workspace needs an upgrade, which needs it to itself. %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 is damaged (cipher page size %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::store::WorkspaceLock</name>
    <message>
        <source>Cannot open the workspace lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process is changing this workspace (a passphrase change or an upgrade): %1. Try again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open in another process: %1. Close it there and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another session of this program (pid %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::AdvancedRunSettings</name>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held out for evaluation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO beta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (bf16 on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (fp32 on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 (mixed precision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bf16 multiplies the weights in half the bits and keeps fp32 master weights: much faster on processors with AVX-512 BF16 or AMX, slower than fp32 on others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far DPO may move the model from its base: smaller lets it move further (0.1 is common).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid (the DPO paper&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPO (squared, steadier on small data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimizer steps. More steps learn more and take longer (1 to 1,000,000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples per step. Larger batches give smoother updates and need more memory (1 to 512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per example; longer examples are cut (16 to 8,192).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps over which the learning rate rises from zero, for a stable start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA rank: the size of the adapter&apos;s low-rank matrices (1 to 256; 8 is common).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same run on the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak learning rate after warm-up; it decays along a cosine (0.000001 to 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the examples held out to measure eval loss and perplexity (0 to 50 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LoRA alpha: scales the adapter&apos;s contribution (alpha / rank); often twice the rank.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::AgreementPanel</name>
    <message>
        <source>not defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject This Item&apos;s Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejects the preference records these labels gave, in the datanet&apos;s review; the signed labels stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each labeler&apos;s agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most-disagreed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinal, over ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordinal, over ranks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominal, over choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Krippendorff&apos;s alpha&lt;/b&gt; (%1): &lt;b&gt;%2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohen&apos;s kappa&lt;/b&gt;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa needs exactly two labelers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 labels, %3 labelers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen answer was the one shown first in %1% of choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels in this campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelers disagreed on this item (feedback campaign &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs rejected in the datanet&apos;s review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These labels gave no pairs (ties, both bad or already rejected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrote %1&apos;s answer</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Preparing the demo: %1 (%2 of %3)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo opened without its trained model: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans: the training text the answer repeats. Gradient (LoRA adapters): the records whose training pushed the adapter towards this answer (TracIn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training record moved %1 towards this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records whose gradients moved the adapter towards (or away from) this answer: %1. Shares divide the positive influence; negative influence is shown, not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (negative, not paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on this record pushed the adapter away from this answer: shown, not paid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::AttributionPrepJob</name>
    <message>
        <source>Attribution for &quot;%1&quot; was not prepared (stopped); its first request prepares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution for &quot;%1&quot; could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution for &quot;%1&quot; is ready: span index and gradient store, in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution for &quot;%1&quot; is ready: span index, in %2 s.</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::EarningsCharts</name>
    <message>
        <source>Earned by role, per day (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By datanet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned by model, per day (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned as data by datanet, per day (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::EarningsPage</name>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every receipt&apos;s signature, its split and each node&apos;s hash chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datanet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities and their earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 (not in this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading earnings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and unlock a workspace to see its earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipts yet. When a node serves a paid answer that uses this workspace&apos;s models or records, its receipt shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying every receipt...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 receipts verified: signatures, splits and the hash chains of %2 nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receipts verified, then: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earnings are not loaded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned %1 OPEN in %2 from %3; %4 OPEN pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Both models answer %1 of the %n held-out prompt(s)…</source>
        <translation>
            <numerusform>Both models answer %1 of the %n held-out prompt…</numerusform>
            <numerusform>Both models answer %1 of the %n held-out prompts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: both models answered %n prompt(s).</source>
        <translation>
            <numerusform>Done: both models answered %n prompt.</numerusform>
            <numerusform>Done: both models answered %n prompts.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run held no examples out for evaluation, so there is nothing to compare on. Ask a prompt of your own below, or train again with a share held out (Advanced settings).</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::FeedbackPage</name>
    <message>
        <source>pairwise A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;beler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity that gives and signs the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feedback campaign puts prompts to two to four models and asks people which answer is better. Its labels become preference pairs, signed by each labeler, in a preference datanet. Create one with &quot;New Campaign…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are being generated for a feedback campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 · %4 · labels per item: %5 · labels go to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ML engine is still loading; answers start as soon as it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers generated and cached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating answers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate Missing Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers cached for %1 of %2 items.</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::GuideDialog</name>
    <message>
        <source>Flywheel Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;The flywheel&lt;/h2&gt;&lt;p&gt;Data makes models, models earn, earnings reward the people who made the data.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Datanets&lt;/b&gt;: collect records from contributors (import JSONL, CSV or text, or add them one by one), review them, and freeze a version once the requirements are met.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ModelFactory, Train&lt;/b&gt;: pick a ready version, a base and a preset, press &lt;i&gt;Train&lt;/i&gt;. &lt;i&gt;Measure Time&lt;/i&gt; first tells how long it will take on this computer. Runs wait in a queue, one at a time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;History and Evaluation&lt;/b&gt;: compare loss curves, then put the prompts the run held out to the base and the trained model side by side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Playground&lt;/b&gt;: chat with a model, or two at once; &lt;i&gt;Why This Answer?&lt;/i&gt; shows the records behind an answer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nodes and Wallet&lt;/b&gt;: deploy a model to a node that answers requests; each answer pays its contributors, the builder and the node, with signed receipts.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything stays inside the encrypted workspace; lock it when you step away.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve, reject or flag the selected records (Records tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last review decision (Records tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a button or focus a field, e.g. Alt+T for Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Playground)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected waiting run earlier or later (training queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected run out of the training queue</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::IdentityEarningsModel</name>
    <message>
        <source>This workspace keeps no node journal, so no balance is known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned on receipts another node signed, not yet paid out to this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending (OPEN)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>External (no key)</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::JudgementPanel</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::LabelingView</name>
    <message>
        <source>you called it a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you found both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you preferred %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your ratings are saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your rewrite replaces %1&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you ranked %1 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Datanet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeling progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 on the Datanets page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 labels/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 labeled · %3 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs added to %2 as signed contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels go to %1 as signed contributions of the labeler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign and a labeler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for answers: %1 of %2 items are answered so far. Items appear here as soon as their answers are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left for you to label in this campaign. Thank you! The Agreement tab shows how the labelers agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last item: %1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a choice first: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Guide and Shortcuts</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The thread count could not be measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s): %1 ms a step</source>
        <translation>
            <numerusform>%n thread: %1 ms a step</numerusform>
            <numerusform>%n threads: %1 ms a step</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured on a small training run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Other programs kept the CPU busy meanwhile, so it will be measured again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the fastest thread count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fastest here, measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thread until this machine is measured.</source>
        <translation type="unfinished"></translation>
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
        <source>Re&amp;move from Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the selected waiting run out of the queue; nothing of it has trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs waiting to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training monitor · paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · resumes from its checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 on %3 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %2 on %3 · %n step</numerusform>
            <numerusform>%1 · %2 on %3 · %n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waiting to train (%1), in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken, so this run makes &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for the current run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Held-out accuracy %1 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; at step %2 of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is made. The steps trained so far are kept as a checkpoint: resume the run later from the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected run trains earlier (Ctrl+Up).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected run trains later (Ctrl+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot; on %2 machines; waiting for the others at %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing attribution for &quot;%1&quot; (span index, then gradient store)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing attribution for &quot;%1&quot; (span index)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ready: final loss %2 after %3 s in %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::ModelRegistryPanel</name>
    <message>
        <source>Models and adapters</source>
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
        <source>&amp;Export…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1; it is now a base for new runs and in the Playground.</source>
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
        <source>&quot;%1&quot; is the base of the queued or running run(s) %2; remove them from the queue or let them finish first.</source>
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
    <message>
        <source>DPO %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reward model %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::NewCampaignDialog</name>
    <message>
        <source>New Feedback Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tuned vs base, March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise A/B (two models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating 1-5 with flags (one to four models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite into a better answer (one to four models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking (two to four models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered models and adapters that answer the prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A datanet version&apos;s prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trained model&apos;s held-out prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One prompt a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels wanted per item, each from a different labeler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind: shuffle the answers per item and name the models only after each submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;dels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompts from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels per &amp;item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and Generate Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (latest version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels go into a preference datanet: create one on the Datanets page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the prompts and creating the campaign…</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervised fine-tuning (learn the answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward model (learn to score answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO (learn to prefer the chosen answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward models and DPO learn from a preference datanet: pairs of a better and a worse answer to the same prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO learns from preference pairs, but %1 holds other records: choose a preference datanet, or supervised fine-tuning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reward model learns from preference pairs, but %1 holds other records: choose a preference datanet, or supervised fine-tuning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training uses %n thread(s).</source>
        <translation>
            <numerusform>Training uses %n thread.</numerusform>
            <numerusform>Training uses %n threads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other programs used %1% of the CPU while it was measured: the run will be faster once they stop. Measure again when the CPU is idle.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>whole answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::PairwisePanel</name>
    <message>
        <source>1  Left is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Right is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Both bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 left better · 2 right better · 3 tie · 4 both bad · Enter submit · Backspace skip · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The workspace is locked: unlock it to chat with its models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet: train one on the Train tab, or import one with &quot;Import from Hugging Face…&quot; below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loads when you open this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models trained here learned from single questions and answers: sent the whole chat, they answer a second question badly. Ticked, each question goes alone; the transcript still shows the whole chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each question &amp;alone: %1 was trained on single questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each question &amp;alone (single-turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer stops after this many tokens (at most %1: the model&apos;s context is %2 tokens, the question included).</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::RankingPanel</name>
    <message>
        <source>0  Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Rank next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the answers&apos; numbers best first · 0 start over · Enter submit · Backspace skip · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::RatingPanel</name>
    <message>
        <source>Wrong (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harmful (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-topic (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignores the instruction (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-5 rate the highlighted answer · ←/→ move · W wrong · H harmful · O off-topic · I ignores the instruction · Enter submit · Backspace skip · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::ReceiptExplanation</name>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and datanet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this receipt paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a receipt to see who it paid and which records earned it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 to %2: %3 tokens in, %4 out, fee %5 OPEN, signed by node %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split of the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records that earned it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not attributed to any record; the data part went by record counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 of a datanet this workspace does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, record %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer this receipt paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer (marked: spans found in training records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace keeps no answer for this receipt: another node served it, its node was started with --forget-answers, or it is demo traffic made before any model was trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::ReceiptTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You earned (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::RewritePanel</name>
    <message>
        <source>&amp;Your better answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your better answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the answer into a better one · Ctrl+Enter submit · Skip and Undo buttons (Alt+S, Alt+U)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fw::ui::RoleLabels</name>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data contributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeler</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Accuracy and margin of the selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy and margin curves of the selected runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>Automatic (%n, fastest here)</source>
        <translation>
            <numerusform>Automatic (%n, fastest here)</numerusform>
            <numerusform>Automatic (%n, fastest here)</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic (measured at the first start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This computer offers %n thread(s). Training splits the ones it gets between its own work and the matrix library&apos;s, as the run goes fastest. More threads are not always faster: on shared cores a second thread can slow training down.</source>
        <translation>
            <numerusform>This computer offers %n thread. Training splits the ones it gets between its own work and the matrix library&apos;s, as the run goes fastest. More threads are not always faster: on shared cores a second thread can slow training down.</numerusform>
            <numerusform>This computer offers %n threads. Training splits the ones it gets between its own work and the matrix library&apos;s, as the run goes fastest. More threads are not always faster: on shared cores a second thread can slow training down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ui::SeveralMachinesBox</name>
    <message>
        <source>Train on &amp;several machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-parallel training: every machine trains on its share of each batch and the gradients are summed over the network before each step, so the run learns as it would on one machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machines, this one included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT where the other machines reach this one; the port must be open to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s address for the other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands to run on the other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size (%1) must be at least the number of machines (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each other machine needs the same frozen version of &quot;%1&quot; in its own workspace (the machines compare its Merkle root before the first step). Save the plan below as flywheel-run.json there and run its command; this machine waits up to %2 minutes for them after you press Train, and rank 0 (here) keeps the history and the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># flywheel-run.json, the same on every machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># machine %1 of %2:</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Preference metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy and margin chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · machines %1 tokens/s · gradient exchange %2 %</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::WalletLedgerPanel</name>
    <message>
        <source>Balance and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposit (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused (OPEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace keeps no node journal: balances live on the node that holds your channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1 OPEN. This identity is the workspace&apos;s node; it serves %2 channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1 OPEN on this workspace&apos;s node. It funds %2 channels.</source>
        <translation type="unfinished"></translation>
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
    <name>fw::ui::WinRateBar</name>
    <message>
        <source>&amp;Judge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward model that judges the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Win Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reward model scores both answers to every prompt in the table; the higher score wins, a tie counts half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pairwise campaign between the two models on the run&apos;s held-out prompts, sides shuffled, names hidden: people judge them on the Feedback page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is judging %n pair(s) of answers…</source>
        <translation>
            <numerusform>%1 is judging %n pair of answers…</numerusform>
            <numerusform>%1 is judging %n pairs of answers…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt;, judged by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot judge: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a blind A/B campaign of %1 against %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is on the Feedback page: its answers are being generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reward model yet: train one with the Reward model objective on a preference datanet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no base to compare with (trained from scratch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare on held-out prompts first: the judge scores the answers in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind &amp;A/B Campaign</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>%1 is an external identity (no private key here); it cannot be the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an external identity: this workspace holds no private key for it.</source>
        <translation type="unfinished"></translation>
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
