#include "ml/DataParallelGroup.h"

// Debian's libtorch is built with Gloo; its header is guarded by the build's own define.
#ifndef USE_C10D_GLOO
#define USE_C10D_GLOO
#endif
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <chrono>
#include <thread>

namespace fw::ml {

struct DataParallelGroup::Impl
{
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> group;
    std::chrono::milliseconds timeout{60000};
    std::vector<c10::intrusive_ptr<c10d::Work>> started; // startSum()'s, until waitForSums()
};

namespace {

std::string storeKey(const QString& key)
{
    return QStringLiteral("flywheel/%1").arg(key).toStdString();
}

QString what(const std::exception& e)
{
    if (const auto* c10 = dynamic_cast<const c10::Error*>(&e))
        return QString::fromUtf8(c10->what_without_backtrace()).section(QLatin1Char('\n'), 0, 0);
    return QString::fromUtf8(e.what()).section(QLatin1Char('\n'), 0, 0);
}

} // namespace

DataParallelGroup::DataParallelGroup(const DistributedSettings& settings, std::unique_ptr<Impl> impl)
    : m_settings(settings), d(std::move(impl))
{
}

DataParallelGroup::~DataParallelGroup() = default;

Result<std::unique_ptr<DataParallelGroup>> DataParallelGroup::join(const DistributedSettings& settings)
{
    if (Status s = settings.validate(); !s)
        return s.error();
    auto impl = std::make_unique<Impl>();
    impl->timeout = std::chrono::seconds(settings.timeoutSeconds);
    try {
        c10d::TCPStoreOptions options;
        options.port = uint16_t(settings.masterPort);
        options.isServer = settings.rank == 0;
        options.numWorkers = size_t(settings.worldSize);
        options.waitWorkers = true;
        options.timeout = impl->timeout;
        impl->store = c10::make_intrusive<c10d::TCPStore>(settings.masterHost.toStdString(), options);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Io,
                         settings.rank == 0
                             ? tr("Cannot open the rendezvous on %1, or not all %2 ranks came within %3 s: %4")
                                   .arg(settings.master())
                                   .arg(settings.worldSize)
                                   .arg(settings.timeoutSeconds)
                                   .arg(what(e))
                             : tr("Rank %1 cannot reach the master at %2 within %3 s: %4")
                                   .arg(settings.rank)
                                   .arg(settings.master())
                                   .arg(settings.timeoutSeconds)
                                   .arg(what(e)));
    }
    try {
        auto options = c10d::ProcessGroupGloo::Options::create(impl->timeout);
        // The ranks reach each other on the address they reach the master from: loopback for
        // --local, the machine's LAN address otherwise (rank 0 binds where its name resolves).
        options->devices.push_back(settings.ranksShareThisMachine() ? c10d::ProcessGroupGloo::createDeviceForHostname("127.0.0.1")
                                            : c10d::ProcessGroupGloo::createDefaultDevice());
        options->threads = 1;
        auto prefixed = c10::make_intrusive<c10d::PrefixStore>("gloo", impl->store);
        impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(prefixed, settings.rank, settings.worldSize, options);
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Io,
                         tr("The %1 ranks met at %2 but could not connect to each other: %3")
                             .arg(settings.worldSize)
                             .arg(settings.master(), what(e)));
    }
    return std::unique_ptr<DataParallelGroup>(new DataParallelGroup(settings, std::move(impl)));
}

Error DataParallelGroup::lostPeers(const char* operation) const
{
    return makeError(ErrorCode::Io,
                     tr("Rank %1 lost the other ranks during %2 (a rank stopped, or stayed silent for "
                        "more than %3 s); training stops here.")
                         .arg(m_settings.rank)
                         .arg(QString::fromLatin1(operation))
                         .arg(m_settings.timeoutSeconds));
}

Status DataParallelGroup::allReduceSum(at::Tensor& tensor)
{
    try {
        std::vector<at::Tensor> tensors{tensor};
        auto work = d->group->allreduce(tensors, c10d::AllreduceOptions());
        work->wait(d->timeout);
        return Status::success();
    } catch (const std::exception& e) {
        Error error = lostPeers("the gradient exchange");
        error.message += QLatin1Char(' ') + what(e);
        return error;
    }
}

Status DataParallelGroup::startSum(at::Tensor& tensor)
{
    try {
        std::vector<at::Tensor> tensors{tensor};
        d->started.push_back(d->group->allreduce(tensors, c10d::AllreduceOptions()));
        return Status::success();
    } catch (const std::exception& e) {
        Error error = lostPeers("the gradient exchange");
        error.message += QLatin1Char(' ') + what(e);
        return error;
    }
}

Status DataParallelGroup::waitForSums()
{
    std::vector<c10::intrusive_ptr<c10d::Work>> started;
    started.swap(d->started);
    Status result = Status::success();
    for (auto& work : started) {
        try {
            // After a failure the rest are waited for too (briefly: the group is broken), so that
            // no sum still writes into a caller's tensor after this returns.
            work->wait(result ? d->timeout : std::chrono::milliseconds(1000));
        } catch (const std::exception& e) {
            if (result) {
                Error error = lostPeers("the gradient exchange");
                error.message += QLatin1Char(' ') + what(e);
                result = error;
            }
        }
    }
    return result;
}

Status DataParallelGroup::broadcastFromRankZero(at::Tensor& tensor)
{
    try {
        std::vector<at::Tensor> tensors{tensor};
        c10d::BroadcastOptions options;
        options.rootRank = 0;
        auto work = d->group->broadcast(tensors, options);
        work->wait(d->timeout);
        return Status::success();
    } catch (const std::exception& e) {
        Error error = lostPeers("the first weights' broadcast");
        error.message += QLatin1Char(' ') + what(e);
        return error;
    }
}

Status DataParallelGroup::agree(const QString& key, const QByteArray& value, const QString& whatForPeople)
{
    try {
        const std::vector<uint8_t> mine(value.begin(), value.end());
        d->store->set(storeKey(QStringLiteral("agree/%1/%2").arg(key).arg(m_settings.rank)), mine);
        for (int r = 0; r < m_settings.worldSize; ++r) {
            if (r == m_settings.rank)
                continue;
            if (d->store->get(storeKey(QStringLiteral("agree/%1/%2").arg(key).arg(r))) != mine)
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Rank %1 and rank %2 differ in %3; every rank must train the same "
                                    "plan on the same frozen datanet version.")
                                     .arg(m_settings.rank)
                                     .arg(r)
                                     .arg(whatForPeople));
        }
        return Status::success();
    } catch (const std::exception& e) {
        Error error = lostPeers("the start-up check");
        error.message += QLatin1Char(' ') + what(e);
        return error;
    }
}

Result<bool> DataParallelGroup::afterPause(int step, bool goOn, const std::function<bool()>& stopWaiting)
{
    const std::string key = storeKey(QStringLiteral("pause/%1").arg(step));
    try {
        if (m_settings.rank == 0) {
            d->store->set(key, std::vector<uint8_t>{uint8_t(goOn ? 1 : 0)});
            // Rank 0 hosts the store: it stays until every rank has read the decision (a stop
            // would otherwise take the store down before the others see it).
            std::vector<std::string> read;
            for (int r = 1; r < m_settings.worldSize; ++r)
                read.push_back(storeKey(QStringLiteral("pause/%1/read/%2").arg(step).arg(r)));
            d->store->wait(read);
            return goOn;
        }
        // Polled, not waited for: a TCPStore wait that times out leaves its answer in flight on
        // the connection. check() answers at once, and throws once rank 0 (the store) is gone.
        while (!d->store->check({key})) {
            if (stopWaiting && stopWaiting())
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
        const bool decided = d->store->get(key) == std::vector<uint8_t>{1};
        d->store->set(storeKey(QStringLiteral("pause/%1/read/%2").arg(step).arg(m_settings.rank)), {1});
        return decided;
    } catch (const std::exception& e) {
        Error error = lostPeers("a pause");
        error.message += QLatin1Char(' ') + what(e);
        return error;
    }
}

Result<QByteArray> DataParallelGroup::fromRankZero(const QString& key, const QByteArray& value)
{
    try {
        if (m_settings.rank == 0) {
            d->store->set(storeKey(key), std::vector<uint8_t>(value.begin(), value.end()));
            return value;
        }
        const std::vector<uint8_t> bytes = d->store->get(storeKey(key));
        return QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    } catch (const std::exception& e) {
        Error error = lostPeers("the start-up check");
        error.message += QLatin1Char(' ') + what(e);
        return error;
    }
}

} // namespace fw::ml
