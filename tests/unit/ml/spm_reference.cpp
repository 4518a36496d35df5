// Reference SentencePiece (Debian's libsentencepiece, no torch in this process): trains a BPE model
// and prints ids, so the tokenizer test can compare our re-implementation with the real thing.
//   spm_reference train CORPUS_FILE MODEL_PREFIX VOCAB_SIZE
//   spm_reference encode MODEL_FILE TEXT_FILE     (one line of space-separated ids per text line)
#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc == 5 && std::string(argv[1]) == "train") {
        const std::string args = std::string("--input=") + argv[2] + " --model_prefix=" + argv[3]
                                 + " --vocab_size=" + argv[4]
                                 + " --model_type=bpe --character_coverage=1.0 --byte_fallback=true"
                                   " --normalization_rule_name=identity --remove_extra_whitespaces=false"
                                   " --hard_vocab_limit=false --minloglevel=2 --num_threads=1";
        const auto status = sentencepiece::SentencePieceTrainer::Train(args);
        if (!status.ok()) {
            std::cerr << status.ToString() << "\n";
            return 1;
        }
        return 0;
    }
    if (argc == 4 && std::string(argv[1]) == "encode") {
        sentencepiece::SentencePieceProcessor sp;
        if (!sp.Load(argv[2]).ok())
            return 1;
        std::ifstream in(argv[3]);
        std::string line;
        while (std::getline(in, line)) {
            for (int id : sp.EncodeAsIds(line))
                std::cout << id << ' ';
            std::cout << '\n';
        }
        return 0;
    }
    std::cerr << "usage: spm_reference train CORPUS PREFIX VOCAB | encode MODEL TEXTS\n";
    return 2;
}
