// Tokenizer loading from a model folder and the shared added-token splitting.
#include "ml/Tokenizer.h"

#include "ml/ByteLevelBpeTokenizer.h"
#include "ml/SentencePieceTokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fw::ml {

namespace {

// bos_token / eos_token are either a string or an AddedToken object {"content": ...}.
QString tokenContent(const QJsonValue& v)
{
    return v.isObject() ? v.toObject().value(QStringLiteral("content")).toString() : v.toString();
}

} // namespace

std::vector<int> Tokenizer::encodeDocument(const QString& text) const
{
    std::vector<int> ids;
    if (m_addBos && m_bosId >= 0)
        ids.push_back(m_bosId);
    const std::vector<int> body = encode(text);
    ids.insert(ids.end(), body.begin(), body.end());
    return ids;
}

void Tokenizer::setSpecialIds(int bos, int eos, bool addBos)
{
    m_bosId = bos;
    m_eosId = eos;
    m_addBos = addBos && bos >= 0;
}

std::vector<Tokenizer::Piece> Tokenizer::splitAddedTokens(const QString& text,
                                                           const std::vector<std::pair<QString, int>>& tokens)
{
    std::vector<Piece> out;
    QString pending;
    int i = 0;
    while (i < text.size()) {
        int matched = -1;
        int matchedLength = 0;
        for (const auto& [content, id] : tokens) { // sorted longest first by the callers
            if (content.size() > matchedLength && QStringView(text).mid(i).startsWith(content)) {
                matched = id;
                matchedLength = int(content.size());
            }
        }
        if (matched < 0) {
            pending.append(text[i]);
            ++i;
            continue;
        }
        if (!pending.isEmpty())
            out.push_back({pending, -1});
        pending.clear();
        out.push_back({text.mid(i, matchedLength), matched});
        i += matchedLength;
    }
    if (!pending.isEmpty())
        out.push_back({pending, -1});
    return out;
}

QStringList Tokenizer::fileNames()
{
    return {QStringLiteral("tokenizer.json"), QStringLiteral("tokenizer.model"),
            QStringLiteral("tokenizer_config.json"), QStringLiteral("special_tokens_map.json")};
}

Result<std::shared_ptr<Tokenizer>> Tokenizer::load(const ModelFiles& files)
{
    const QString jsonName = QStringLiteral("tokenizer.json");
    const QString spName = QStringLiteral("tokenizer.model");
    std::shared_ptr<Tokenizer> tokenizer;
    Error jsonError = makeError(ErrorCode::NotFound, QString());
    if (files.contains(jsonName)) {
        auto bpe = ByteLevelBpeTokenizer::fromJsonBytes(files.value(jsonName), jsonName);
        if (bpe)
            tokenizer = std::move(*bpe);
        else
            jsonError = bpe.error();
    }
    if (!tokenizer && files.contains(spName)) {
        auto sp = SentencePieceTokenizer::fromSerialized(files.value(spName));
        if (!sp)
            return makeError(sp.error().code,
                             QStringLiteral("%1: %2").arg(spName, sp.error().message));
        tokenizer = std::move(*sp);
    }
    if (!tokenizer) {
        if (!jsonError.message.isEmpty())
            return jsonError;
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate(
                "fw::ml::Tokenizer", "The model holds neither tokenizer.json nor tokenizer.model"));
    }
    const QString configName = QStringLiteral("tokenizer_config.json");
    if (files.contains(configName)) {
        const QJsonObject config = QJsonDocument::fromJson(files.value(configName)).object();
        const int bos = tokenizer->tokenId(tokenContent(config.value(QStringLiteral("bos_token"))));
        const int eos = tokenizer->tokenId(tokenContent(config.value(QStringLiteral("eos_token"))));
        const QJsonValue addBos = config.value(QStringLiteral("add_bos_token"));
        tokenizer->setSpecialIds(bos >= 0 ? bos : tokenizer->bosId(), eos >= 0 ? eos : tokenizer->eosId(),
                                 addBos.isBool() ? addBos.toBool() : tokenizer->addsBos());
    }
    return tokenizer;
}

Result<std::shared_ptr<Tokenizer>> Tokenizer::loadFolder(const QString& dirPath)
{
    const QStringList names{QStringLiteral("tokenizer.json"), QStringLiteral("tokenizer.model"),
                            QStringLiteral("tokenizer_config.json")};
    QStringList present;
    for (const QString& name : names)
        if (QFile::exists(QDir(dirPath).filePath(name)))
            present << name;
    if (present.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("fw::ml::Tokenizer",
                                        "%1 holds neither tokenizer.json nor tokenizer.model")
                .arg(dirPath));
    Result<ModelFiles> files = ModelFiles::readFolder(dirPath, present);
    if (!files)
        return files.error();
    return load(*files);
}

} // namespace fw::ml
