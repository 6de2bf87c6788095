#include "domain/checkpoint_signature.h"

#include <gtest/gtest.h>

namespace nc::domain {
namespace {

SigningSeed seed(unsigned char fill) {
  SigningSeed s;
  s.fill(fill);
  return s;
}

Checkpoint head() {
  AuditEntry e;
  e.actor = "user:1";
  e.action = "login";
  return checkpoint_of(seal(e, kGenesis));
}

TEST(CheckpointSignatureTest, AGenuineCheckpointVerifies) {
  SignedCheckpoint s = sign_checkpoint(head(), 1700000000000000, seed(7));
  EXPECT_TRUE(verify_checkpoint(s, public_key_for(seed(7))));
}

TEST(CheckpointSignatureTest, AnyChangeOrAnotherKeyFails) {
  SignedCheckpoint s = sign_checkpoint(head(), 1700000000000000, seed(7));
  PublicKey key = public_key_for(seed(7));
  EXPECT_FALSE(verify_checkpoint(s, public_key_for(seed(8))));
  SignedCheckpoint t = s;
  t.checkpoint.seq += 1;
  EXPECT_FALSE(verify_checkpoint(t, key));
  t = s;
  t.checkpoint.hash[31] ^= 1;
  EXPECT_FALSE(verify_checkpoint(t, key));
  t = s;
  t.time_us += 1;
  EXPECT_FALSE(verify_checkpoint(t, key));
  t = s;
  t.signature[0] ^= 1;
  EXPECT_FALSE(verify_checkpoint(t, key));
}

TEST(CheckpointSignatureTest, TheTextFormReadsBackAndStillVerifies) {
  SignedCheckpoint s = sign_checkpoint(head(), 42, seed(3));
  std::string line = format_checkpoint(s);
  auto back = parse_checkpoint(line);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->checkpoint, s.checkpoint);
  EXPECT_TRUE(verify_checkpoint(*back, public_key_for(seed(3))));
  EXPECT_FALSE(parse_checkpoint(line + "0"));
  EXPECT_FALSE(parse_checkpoint("1\t2\t3"));
  EXPECT_FALSE(parse_checkpoint(""));
}

}  // namespace
}  // namespace nc::domain
