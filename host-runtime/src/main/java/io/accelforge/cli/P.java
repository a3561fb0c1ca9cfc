package io.accelforge.cli; final class P {}
