package scot.commissioningflow.platform;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Optional;

/** For tests that check a server listens on loopback only: an address of this machine that is not loopback. */
public final class ThisMachine {

    private ThisMachine() {
    }

    /** An IPv4 address of an interface that is up, other than loopback; empty on a machine with no network. */
    public static Optional<InetAddress> otherAddress() {
        try {
            return NetworkInterface.networkInterfaces()
                    .filter(ThisMachine::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface networkInterface) {
        try {
            return networkInterface.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
