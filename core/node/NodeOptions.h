// How a node is run: threads, limits, queue and cache sizes (flywheel-node's command line).
#pragma once

#include "node/CompletionRequest.h"
#include "node/InferenceScheduler.h"

#include <QString>

namespace fw::node {

struct NodeOptions
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8088;                  // 0: any free port
    int threads = 0;                  // cores for inference (torch, OpenBLAS at 1); 0: all
    int httpThreads = 96;             // connections served at once (streams wait, not compute)
    qint64 maxRequestBytes = 1 << 20; // inference and other small requests
    qint64 maxDeployBytes = qint64(2) << 30; // a deploy package (base64 model files)
    int requestTimeoutS = 600;               // longest wait for an answer
    int readTimeoutS = 10;                   // a client that sends nothing for this long is dropped
    bool allowCuda = true;
    bool int8Weights = false; // the base served as int8 (ServingEngine::setInt8Weights)
    bool keepAnswers = true;  // each receipt's answer and spans kept beside it (NodePayments)
    SchedulerOptions scheduler;
    CompletionLimits limits;
};

} // namespace fw::node
