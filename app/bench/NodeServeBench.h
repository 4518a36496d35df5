// flywheel-bench serve: a node in this process, as its users meet it. NodeService and its
// HttpServer listen on 127.0.0.1 over a temporary encrypted workspace; a random base and its
// adapters are deployed through the API as signed packages; closed-loop clients stream
// completions over HTTP with NodeClient (the workbench's and the CLI's client), and time to first
// token is what a client sees: the first server-sent event.
#pragma once

#include "ml/ServingBenchmark.h"

#include <memory>

namespace fw::bench {

class NodeServeBench
{
public:
    // Deploys the base and `config.adapters` adapters (at least `minAdapters`); the node batches
    // up to `maxBatch` sequences and keeps every adapter resident.
    static Result<std::unique_ptr<NodeServeBench>> start(const ml::ServeBenchConfig& config,
                                                         int minAdapters, int maxBatch);
    ~NodeServeBench(); // drains the node, stops its server, removes the workspace

    // `clients` clients at once, each sending `requests` streamed completions one after the
    // other; client i asks adapter i % adapters. Adapters were loaded once by start(), so this
    // measures serving, not cold loads; adapterLoadMsP50 is the node's own figure for those.
    Result<ml::ServeBenchResult> run(int adapters, int clients, int requests);

    NodeServeBench(const NodeServeBench&) = delete;
    NodeServeBench& operator=(const NodeServeBench&) = delete;

private:
    struct State;
    explicit NodeServeBench(std::unique_ptr<State> state);
    std::unique_ptr<State> d;
};

} // namespace fw::bench
