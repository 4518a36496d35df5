// Tokenizers: byte-level BPE on a hand-made vocabulary, trained BPE and SentencePiece round trips
// on mixed Unicode, special tokens, and the chat templates' exact text.
#include "ml/ByteLevelBpeTokenizer.h"
#include "ml/ByteLevelBpeTrainer.h"
#include "ml/ChatTemplate.h"
#include "ml/SentencePieceTokenizer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <tuple>

using namespace fw::ml;

namespace {

const QString kMixed = QStringLiteral("Hello, wörld! 你好，世界 🚀🔥 Ωμέγα — naïve café\n\tindented  two  spaces 12345 <tag>");

QStringList corpus()
{
    return {QStringLiteral("the quick brown fox jumps over the lazy dog"),
            QStringLiteral("hello hello world, the world says hello"),
            QStringLiteral("Grüße aus Köln und schöne Grüße"), QStringLiteral("日本語のテキストと中文文本"),
            QStringLiteral("numbers 123 456 789 and more numbers 123")};
}

// A byte vocabulary (ids 0..255) plus the merges given, in order; optional extra JSON keys.
QJsonObject handMade(const QList<QPair<QString, QString>>& merges, const QJsonObject& preTokenizer,
                     bool ignoreMerges = false)
{
    QJsonObject vocab;
    for (int b = 0; b < 256; ++b)
        vocab[ByteLevelBpeTokenizer::byteToUnicode(uchar(b))] = b;
    QJsonArray mergeList;
    int next = 256;
    for (const auto& m : merges) {
        mergeList.append(m.first + " " + m.second);
        vocab[m.first + m.second] = next++;
    }
    QJsonObject model{{"type", "BPE"}, {"vocab", vocab}, {"merges", mergeList}, {"ignore_merges", ignoreMerges}};
    QJsonArray added{QJsonObject{{"id", next}, {"content", "<|eot|>"}, {"special", true}},
                     QJsonObject{{"id", next + 1}, {"content", "<plain>"}, {"special", false}}};
    return {{"model", model}, {"pre_tokenizer", preTokenizer}, {"decoder", QJsonObject{{"type", "ByteLevel"}}},
            {"added_tokens", added}};
}

QJsonObject byteLevel(bool useRegex = true)
{
    return {{"type", "ByteLevel"}, {"add_prefix_space", false}, {"use_regex", useRegex}};
}

// A SentencePiece ModelProto in protobuf wire format: pieces (text, score, type), a BPE trainer
// spec with byte fallback and ids unk 0 / bos 1 / eos 2, an identity normaliser with dummy prefix.
QByteArray varint(uint64_t v)
{
    QByteArray out;
    do {
        out.append(char((v & 0x7f) | (v > 0x7f ? 0x80 : 0)));
        v >>= 7;
    } while (v);
    return out;
}
QByteArray field(int number, const QByteArray& bytes)
{
    return varint(uint64_t(number) << 3 | 2) + varint(uint64_t(bytes.size())) + bytes;
}
QByteArray intField(int number, uint64_t v)
{
    return varint(uint64_t(number) << 3) + varint(v);
}
QByteArray modelProto(const std::vector<std::tuple<QString, float, int>>& pieces)
{
    QByteArray out;
    for (const auto& [text, score, type] : pieces) {
        QByteArray scoreBytes(4, 0);
        std::memcpy(scoreBytes.data(), &score, 4);
        out += field(1, field(1, text.toUtf8()) + varint(2 << 3 | 5) + scoreBytes + intField(3, uint64_t(type)));
    }
    out += field(2, intField(3, 2) + intField(35, 1) + intField(40, 0) + intField(41, 1) + intField(42, 2));
    out += field(3, field(1, "identity") + intField(3, 1) + intField(4, 0) + intField(5, 1));
    return out;
}

} // namespace

class TokenizerTest : public QObject
{
    Q_OBJECT
private slots:
    void byteMappingIsGpt2s()
    {
        QCOMPARE(ByteLevelBpeTokenizer::byteToUnicode(' '), QString(QChar(0x120))); // "Ġ"
        QCOMPARE(ByteLevelBpeTokenizer::byteToUnicode('\n'), QString(QChar(0x10A))); // "Ċ"
        QCOMPARE(ByteLevelBpeTokenizer::byteToUnicode('a'), QStringLiteral("a"));
        QCOMPARE(ByteLevelBpeTokenizer::byteToUnicode(0xAD), QString(QChar(0x143)));
    }
    void appliesMergesByRank()
    {
        const QString G = ByteLevelBpeTokenizer::byteToUnicode(' ');
        auto t = ByteLevelBpeTokenizer::fromJson(handMade({{"h", "e"}, {"l", "l"}, {"he", "ll"}, {G, "w"}}, byteLevel()));
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        // "hello" -> he|l|l|o -> he|ll|o -> hell|o ; " world" -> Ġw|o|r|l|d
        const std::vector<int> expected{258, 'o', 259, 'o', 'r', 'l', 'd'};
        QCOMPARE((*t)->encode("hello world"), expected);
        QCOMPARE((*t)->decode(expected), QStringLiteral("hello world"));
    }
    void addedAndSpecialTokens()
    {
        auto t = *ByteLevelBpeTokenizer::fromJson(handMade({{"h", "i"}}, byteLevel()));
        const int eot = t->tokenId("<|eot|>"), plain = t->tokenId("<plain>");
        QCOMPARE(eot, 257);
        QVERIFY(t->isSpecial(eot));
        QVERIFY(!t->isSpecial(plain));
        QCOMPARE(t->encode("hi<|eot|>"), (std::vector<int>{256, eot}));
        // Special tokens written by a user can be kept as text; plain added tokens always match.
        QVERIFY(t->encode("hi<|eot|>", false).size() > 2);
        QCOMPARE(t->encode("<plain>", false), std::vector<int>{plain});
        QCOMPARE(t->decode({256, eot}), QStringLiteral("hi<|eot|>"));
        QCOMPARE(t->decode({256, eot}, true), QStringLiteral("hi"));
    }
    void llama3StylePreTokenizer()
    {
        const QJsonObject split{{"type", "Split"},
                                {"pattern", QJsonObject{{"Regex", R"(\p{N}{1,3}|[^\r\n\p{L}\p{N}]?\p{L}+|\s+)"}}},
                                {"behavior", "Isolated"}, {"invert", false}};
        const QJsonObject seq{{"type", "Sequence"}, {"pretokenizers", QJsonArray{split, byteLevel(false)}}};
        const QList<QPair<QString, QString>> merges{{"3", "4"}, {"1", "2"}, {"12", "3"}, {"4", "5"}};
        auto withSplit = *ByteLevelBpeTokenizer::fromJson(handMade(merges, seq));
        auto plain = *ByteLevelBpeTokenizer::fromJson(handMade(merges, byteLevel()));
        // Digits go in groups of three, so "34" can no longer merge across the group boundary.
        QCOMPARE(withSplit->encode("12345"), (std::vector<int>{258, 259}));
        QCOMPARE(plain->encode("12345"), (std::vector<int>{257, 256, '5'}));
        auto ignoring = *ByteLevelBpeTokenizer::fromJson(handMade({{"2", "3"}, {"3", "4"}, {"2", "34"}}, byteLevel(), true));
        QCOMPARE(ignoring->encode("234"), std::vector<int>{258}); // whole word in vocab wins
        auto merging = *ByteLevelBpeTokenizer::fromJson(handMade({{"2", "3"}, {"3", "4"}, {"2", "34"}}, byteLevel()));
        QCOMPARE(merging->encode("234"), (std::vector<int>{256, '4'}));
    }
    void refusesWhatItCannotRun()
    {
        QJsonObject metaspace = handMade({}, QJsonObject{{"type", "Metaspace"}});
        auto r = ByteLevelBpeTokenizer::fromJson(metaspace);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, fw::ErrorCode::Unsupported);
        QJsonObject wordPiece = handMade({}, byteLevel());
        wordPiece["model"] = QJsonObject{{"type", "WordPiece"}};
        QVERIFY(!ByteLevelBpeTokenizer::fromJson(wordPiece).ok());
    }
    void refusesHostileIdsAndMerges_data()
    {
        QTest::addColumn<QString>("part"); // "vocab", "added" or "merges"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // in the error message

        QTest::newRow("negative vocab id") << "vocab" << QJsonValue(-1) << "\"a\" has the id -1";
        QTest::newRow("huge vocab id")
            << "vocab" << QJsonValue(2000000000) << "\"a\" has the id 2000000000";
        QTest::newRow("id past the cap")
            << "vocab" << QJsonValue(Tokenizer::kMaxTokenId + 1) << "from 0 to 4194303";
        QTest::newRow("fractional vocab id")
            << "vocab" << QJsonValue(3.5) << "\"a\" has the id 3.5";
        QTest::newRow("string vocab id") << "vocab" << QJsonValue("7") << "\"a\" has the id \"7\"";
        QTest::newRow("negative added id")
            << "added" << QJsonValue(-5) << "\"<|eot|>\" has the id -5";
        QTest::newRow("huge added id")
            << "added" << QJsonValue(2147483647) << "\"<|eot|>\" has the id 2147483647";
        QTest::newRow("empty merge")
            << "merges" << QJsonValue(QJsonArray{QJsonArray{}}) << "merge 0 is malformed";
        QTest::newRow("one-sided merge")
            << "merges" << QJsonValue(QJsonArray{QJsonArray{"a"}}) << "merge 0";
        QTest::newRow("numbers as merge")
            << "merges" << QJsonValue(QJsonArray{QJsonArray{1, 2}}) << "merge 0";
        QTest::newRow("three-way merge")
            << "merges" << QJsonValue(QJsonArray{"h e", "a b c"}) << "merge 1";
    }
    void refusesHostileIdsAndMerges()
    {
        QFETCH(QString, part);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = handMade({}, byteLevel());
        QJsonObject model = json["model"].toObject();
        if (part == "vocab") {
            QJsonObject vocab = model["vocab"].toObject();
            vocab["a"] = value;
            model["vocab"] = vocab;
        } else if (part == "merges") {
            model["merges"] = value;
        } else {
            QJsonArray added = json["added_tokens"].toArray();
            QJsonObject first = added[0].toObject();
            first["id"] = value;
            added[0] = first;
            json["added_tokens"] = added;
        }
        json["model"] = model;
        const auto r = ByteLevelBpeTokenizer::fromJson(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, fw::ErrorCode::Corrupt);
        QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
    }
    void trainedBpeRoundTripsMixedUnicode()
    {
        BpeTrainingOptions options;
        options.vocabSize = 330;
        auto json = ByteLevelBpeTrainer::train(corpus(), options);
        QVERIFY(json.ok());
        auto t = ByteLevelBpeTokenizer::fromJson(*json);
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QVERIFY((*t)->vocabSize() > 259 && (*t)->vocabSize() <= 330);
        QCOMPARE((*t)->decode((*t)->encode(kMixed)), kMixed);
        QCOMPARE((*t)->tokenId("<|im_end|>"), 2);
        // Training compresses: frequent words take fewer tokens than bytes.
        QVERIFY((*t)->encode("hello world").size() < 6);
        // Deterministic: the same corpus gives the same tokenizer.
        QCOMPARE(*ByteLevelBpeTrainer::train(corpus(), options), *json);
        options.vocabSize = 100;
        QVERIFY(!ByteLevelBpeTrainer::train(corpus(), options).ok());
    }
    void loadsFromFolderWithConfig()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("tokenizer.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(*ByteLevelBpeTrainer::train(corpus(), {})).toJson());
        f.close();
        QFile c(dir.filePath("tokenizer_config.json"));
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(R"({"bos_token":"<|endoftext|>","eos_token":{"content":"<|im_end|>"},"add_bos_token":true})");
        c.close();
        auto t = Tokenizer::loadFolder(dir.path());
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QCOMPARE((*t)->bosId(), 0);
        QCOMPARE((*t)->eosId(), 2);
        QCOMPARE((*t)->encodeDocument("the").front(), 0);
        QVERIFY(!Tokenizer::loadFolder(dir.filePath("missing")).ok());
    }
    void loadsFromMemoryByTheFolderRules_data()
    {
        QTest::addColumn<QStringList>("present"); // which files the model holds
        QTest::addColumn<QString>("kind");        // empty: an error is expected
        QTest::addColumn<int>("bos");             // -2: not checked
        QTest::newRow("tokenizer.json") << QStringList{"tokenizer.json"} << "byte-level-bpe" << -2;
        QTest::newRow("with its config")
            << QStringList{"tokenizer.json", "tokenizer_config.json"} << "byte-level-bpe" << 0;
        QTest::newRow("tokenizer.json first")
            << QStringList{"tokenizer.json", "tokenizer.model"} << "byte-level-bpe" << -2;
        QTest::newRow("tokenizer.model") << QStringList{"tokenizer.model"} << "sentencepiece" << 1;
        QTest::newRow("a broken tokenizer.json falls back")
            << QStringList{"broken:tokenizer.json", "tokenizer.model"} << "sentencepiece" << 1;
        QTest::newRow("only a broken tokenizer.json")
            << QStringList{"broken:tokenizer.json"} << QString() << -2;
        QTest::newRow("no tokenizer") << QStringList{"tokenizer_config.json"} << QString() << -2;
    }
    void loadsFromMemoryByTheFolderRules()
    {
        QFETCH(QStringList, present);
        QFETCH(QString, kind);
        QFETCH(int, bos);
        std::vector<std::tuple<QString, float, int>> pieces{
            {"<unk>", 0, 2}, {"<s>", 0, 3}, {"</s>", 0, 3}};
        for (int b = 0; b < 256; ++b)
            pieces.emplace_back(QStringLiteral("<0x%1>")
                                    .arg(b, 2, 16, QLatin1Char('0'))
                                    .toUpper()
                                    .replace("<0X", "<0x"),
                                0.0f, 6);
        pieces.emplace_back("a", -1.0f, 1);
        const QMap<QString, QByteArray> contents{
            {"tokenizer.json", QJsonDocument(*ByteLevelBpeTrainer::train(corpus(), {})).toJson()},
            {"broken:tokenizer.json", "{\"model\": "},
            {"tokenizer.model", modelProto(pieces)},
            {"tokenizer_config.json", R"({"bos_token":"<|endoftext|>","add_bos_token":true})"}};
        fw::ModelFiles files;
        for (const QString& name : present)
            files.insert(name.section(':', -1), contents.value(name));
        auto t = Tokenizer::load(files);
        if (kind.isEmpty()) {
            QVERIFY(!t.ok());
            QVERIFY2(t.error().message.contains("tokenizer"), qPrintable(t.error().message));
            return;
        }
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QCOMPARE((*t)->kind(), kind);
        if (bos != -2)
            QCOMPARE((*t)->bosId(), bos);
    }
    void sentencePieceOnAHandBuiltModel()
    {
        const QString sp = QString(QChar(0x2581));
        std::vector<std::tuple<QString, float, int>> pieces{{"<unk>", 0, 2}, {"<s>", 0, 3}, {"</s>", 0, 3}};
        for (int b = 0; b < 256; ++b)
            pieces.emplace_back(QStringLiteral("<0x%1>").arg(b, 2, 16, QLatin1Char('0')).toUpper().replace("<0X", "<0x"), 0.0f, 6);
        const int first = int(pieces.size());
        for (const auto& [text, score] : std::vector<std::pair<QString, float>>{
                 {sp + "h", -1}, {"ll", -2}, {sp + "he", -3}, {sp + "hell", -4}, {sp, -5}, {"h", -6}, {"e", -7},
                 {"l", -8}, {"o", -9}, {"w", -10}, {"r", -11}, {"d", -12}, {sp + "w", -13}})
            pieces.emplace_back(text, score, 1);
        auto t = SentencePieceTokenizer::fromSerialized(modelProto(pieces));
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        const int hell = first + 3, o = first + 8;
        QCOMPARE((*t)->encode("hello"), (std::vector<int>{hell, o}));
        QCOMPARE((*t)->encodeDocument("hello"), (std::vector<int>{1, hell, o}));
        // "é" is not a piece: its UTF-8 bytes come out as byte pieces, and decode puts it back.
        const std::vector<int> ids = (*t)->encode("hello é");
        QCOMPARE(ids.size(), size_t(5));
        QCOMPARE(ids[3], 3 + 0xC3);
        QCOMPARE(ids[4], 3 + 0xA9);
        QCOMPARE((*t)->decode(ids), QStringLiteral("hello é"));
        QCOMPARE((*t)->encode("hello</s>").back(), 2);
        QCOMPARE((*t)->decode({hell, o, 2}), QStringLiteral("hello</s>"));
        QCOMPARE((*t)->decode({hell, o, 2}, true), QStringLiteral("hello"));
        QVERIFY((*t)->isSpecial(1));
        QCOMPARE((*t)->tokenId("nope"), -1);
        QVERIFY(!SentencePieceTokenizer::fromSerialized("garbage").ok());
        QVERIFY(!SentencePieceTokenizer::fromSerialized(QByteArray("\x0a\xff\xff", 3)).ok());
    }
    // Found by fuzzing: an empty user-defined piece matched at every position without advancing,
    // so encoding never ended (and its symbol list grew until memory ran out).
    void sentencePieceRefusesEmptyPieces_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("user-defined") << 4;
        QTest::newRow("normal") << 1;
        QTest::newRow("control") << 3;
    }
    void sentencePieceRefusesEmptyPieces()
    {
        QFETCH(int, type);
        const QString sp = QString(QChar(0x2581));
        const std::vector<std::tuple<QString, float, int>> pieces{{"<unk>", 0, 2},   {"<s>", 0, 3},
                                                                  {"</s>", 0, 3},    {"", 0, type},
                                                                  {sp + "h", -1, 1}, {"i", -2, 1}};
        auto t = SentencePieceTokenizer::fromSerialized(modelProto(pieces));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains("piece 3"), qPrintable(t.error().message));
    }
    void sentencePieceMatchesLibSentencePiece()
    {
#ifndef SPM_REFERENCE
        QSKIP("libsentencepiece is not installed; no reference to compare with");
#else
        QTemporaryDir dir;
        QFile corpusFile(dir.filePath("corpus.txt"));
        QVERIFY(corpusFile.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i)
            corpusFile.write((corpus().join("\n") + "\n").toUtf8());
        corpusFile.close();
        QProcess train;
        train.start(SPM_REFERENCE, {"train", corpusFile.fileName(), dir.filePath("m"), "400"});
        QVERIFY(train.waitForFinished(60000));
        QVERIFY2(train.exitCode() == 0, train.readAllStandardError().constData());
        const QStringList texts{"the quick brown fox", "hello world, hello!", "Grüße aus Köln", "日本語のテキスト",
                                "unseen words: zebra quixotic 🚀", "  leading and  double  spaces", "numbers 123456"};
        QFile textFile(dir.filePath("texts.txt"));
        QVERIFY(textFile.open(QIODevice::WriteOnly));
        textFile.write((texts.join("\n") + "\n").toUtf8());
        textFile.close();
        QProcess encode;
        encode.start(SPM_REFERENCE, {"encode", dir.filePath("m.model"), textFile.fileName()});
        QVERIFY(encode.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(encode.readAllStandardOutput()).split('\n');
        auto ours = SentencePieceTokenizer::fromFile(dir.filePath("m.model"));
        QVERIFY2(ours.ok(), qPrintable(ours.error().message));
        for (int i = 0; i < texts.size(); ++i) {
            std::vector<int> expected;
            for (const QString& id : lines[i].split(' ', Qt::SkipEmptyParts))
                expected.push_back(id.toInt());
            QCOMPARE((*ours)->encode(texts[i]), expected);
            QCOMPARE((*ours)->decode(expected), texts[i]);
        }
        QCOMPARE((*ours)->decode((*ours)->encode(kMixed)), kMixed);
        auto viaFolder = Tokenizer::loadFolder(dir.path()); // m.model is not tokenizer.model
        QVERIFY(!viaFolder.ok());
        QVERIFY(QFile::copy(dir.filePath("m.model"), dir.filePath("tokenizer.model")));
        viaFolder = Tokenizer::loadFolder(dir.path());
        QVERIFY(viaFolder.ok());
        QCOMPARE((*viaFolder)->kind(), QStringLiteral("sentencepiece"));
#endif
    }
    void chatTemplatesRenderExactly()
    {
        const std::vector<ChatMessage> chat{{"system", "Be brief."}, {"user", "Hi"}, {"assistant", "Hello!"}, {"user", "Bye"}};
        QCOMPARE(ChatTemplate(ChatTemplate::Format::ChatML).render(chat, true),
                 QStringLiteral("<|im_start|>system\nBe brief.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
                                "<|im_start|>assistant\nHello!<|im_end|>\n<|im_start|>user\nBye<|im_end|>\n"
                                "<|im_start|>assistant\n"));
        QCOMPARE(ChatTemplate(ChatTemplate::Format::Llama3, "<|begin_of_text|>").render(chat, true),
                 QStringLiteral("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe brief.<|eot_id|>"
                                "<|start_header_id|>user<|end_header_id|>\n\nHi<|eot_id|>"
                                "<|start_header_id|>assistant<|end_header_id|>\n\nHello!<|eot_id|>"
                                "<|start_header_id|>user<|end_header_id|>\n\nBye<|eot_id|>"
                                "<|start_header_id|>assistant<|end_header_id|>\n\n"));
        QCOMPARE(ChatTemplate(ChatTemplate::Format::Llama2, "<s>", "</s>").render(chat, true),
                 QStringLiteral("<s>[INST] <<SYS>>\nBe brief.\n<</SYS>>\n\nHi [/INST] Hello! </s><s>[INST] Bye [/INST]"));
        QCOMPARE(ChatTemplate(ChatTemplate::Format::Alpaca, {}, "</s>").prompt("Add 2 and 2."),
                 QStringLiteral("Below is an instruction that describes a task. Write a response that appropriately "
                                "completes the request.\n\n### Instruction:\nAdd 2 and 2.\n\n### Response:\n"));
        const ChatTemplate chatml(ChatTemplate::Format::ChatML);
        QCOMPARE(chatml.prompt("Hi") + chatml.reply("Hello!"),
                 chatml.render({{"user", "Hi"}, {"assistant", "Hello!"}}, false));
        QCOMPARE(chatml.endOfTurn(), QStringLiteral("<|im_end|>"));
    }
    void detectsTemplates()
    {
        QCOMPARE(ChatTemplate::detect("{{'<|im_start|>' + message['role']}}"), ChatTemplate::Format::ChatML);
        QCOMPARE(ChatTemplate::detect("<|start_header_id|>{{ role }}"), ChatTemplate::Format::Llama3);
        QCOMPARE(ChatTemplate::detect("{{ bos_token + '[INST] ' }}"), ChatTemplate::Format::Llama2);
        QCOMPARE(ChatTemplate::detect("### Instruction:\n{{ x }}"), ChatTemplate::Format::Alpaca);
        QVERIFY(!ChatTemplate::detect("{{ weird }}").has_value());
        QCOMPARE(ChatTemplate::fromName("Llama3"), ChatTemplate::Format::Llama3);
        QCOMPARE(ChatTemplate::names().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TokenizerTest)
#include "tokenizer_test.moc"
