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

TEST(CheckpointSignatureTest, TheKeptFileReadsBackWithItsKey) {
  const SignedCheckpoint a = sign_checkpoint(head(), 42, seed(3));
  const SignedCheckpoint b = sign_checkpoint({7, head().hash}, 43, seed(3));
  const std::vector<SignedCheckpoint> both{a, b};
  const std::string text = format_checkpoint_file(public_key_for(seed(3)), both);
  auto file = parse_checkpoint_file(text);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->key, public_key_for(seed(3)));
  ASSERT_EQ(file->checkpoints.size(), 2u);
  EXPECT_EQ(file->checkpoints[1].checkpoint.seq, 7u);
  EXPECT_TRUE(verify_checkpoint(file->checkpoints[1], *file->key));

  EXPECT_FALSE(parse_checkpoint_file(text + "garbage\n").ok());
  EXPECT_FALSE(parse_checkpoint_file("# public-key 12\n").ok());
  auto other = parse_checkpoint_file(text + "# public-key " + public_key_hex(public_key_for(seed(4))) + "\n");
  EXPECT_FALSE(other.ok()) << "two different keys in one file";
  auto bare = parse_checkpoint_file(format_checkpoint(a) + "\r\n");
  ASSERT_TRUE(bare.ok());
  EXPECT_FALSE(bare->key.has_value());
  EXPECT_EQ(bare->checkpoints.size(), 1u);
}

TEST(CheckpointSignatureTest, SeedsAndKeysRoundTripAsHex) {
  EXPECT_EQ(parse_seed_hex(seed_hex(seed(5))), seed(5));
  EXPECT_EQ(parse_public_key_hex(public_key_hex(public_key_for(seed(5)))), public_key_for(seed(5)));
  EXPECT_FALSE(parse_seed_hex("zz"));
  EXPECT_FALSE(parse_seed_hex(seed_hex(seed(5)) + "00"));
}

}  // namespace
}  // namespace nc::domain
