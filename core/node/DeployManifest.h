// What a deploy package says about itself: name, release, owner, base, files and their hashes,
// lineage roots, price and revenue split. The owner signs the manifest's exact bytes (with a
// domain prefix, so the signature can never pass for another kind of message).
#pragma once

#include "common/ModelFiles.h"
#include "common/Result.h"
#include "ledger/Amount.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fw::node {

enum class DeployKind { Model, Adapter };

struct ManifestFile
{
    QString name;
    qint64 size = 0;
    QByteArray blake2b; // 32 bytes
};

// A datanet version the model was trained on: what attribution and payments trace back to.
struct LineageRoot
{
    QString datanet;
    QByteArray merkleRoot; // 32 bytes: the frozen version's id
    qint64 records = 0;
};

// Shares of every fee in basis points (1/100 of a percent); they add up to 10,000.
struct RevenueSplit
{
    int nodeBps = 2000;
    int builderBps = 3000;
    int dataBps = 5000;
};

struct DeployManifest
{
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxFiles = 64;

    QString name;       // the deployed name clients put in "model"
    qint64 release = 0; // grows with every replacement: an older package can never come back
    DeployKind kind = DeployKind::Model;
    QString owner;       // fw1... address of the signer
    QByteArray baseHash; // filesHash() of the base model's files (a model: its own)
    QList<ManifestFile> files;
    QList<LineageRoot> lineage;
    ledger::Amount pricePer1k = 0; // base units per 1,000 tokens (prompt + completion)
    RevenueSplit split;
    qint64 createdAtMs = 0;

    // Stable JSON bytes (what is signed and hashed).
    QByteArray toJson() const;
    // Every field checked: names, sizes, hex lengths, address checksum, split sum, limits.
    static Result<DeployManifest> fromJson(const QByteArray& bytes);

    // The manifest's file list for `files` (names, sizes, BLAKE2b).
    static QList<ManifestFile> describe(const ModelFiles& files);
    // One hash over a set of files (sorted names, each with its size and hash): a model's identity.
    static QByteArray filesHash(const QList<ManifestFile>& files);
    // Whether `files` are exactly the listed ones, byte for byte; the message names the first
    // missing, extra or altered file.
    Status matches(const ModelFiles& files) const;

    Q_DECLARE_TR_FUNCTIONS(fw::node::DeployManifest)
};

QString deployKindName(DeployKind kind);

// The bytes an owner signs for a manifest (domain-separated).
QByteArray manifestSigningMessage(const QByteArray& manifestJson);

} // namespace fw::node
