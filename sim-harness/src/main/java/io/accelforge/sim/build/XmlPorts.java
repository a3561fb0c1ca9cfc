package io.accelforge.sim.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The top module's ports, read from Verilator's own XML output (--xml-only). */
final class XmlPorts {
    private XmlPorts() {}

    static List<PortSpec> read(Path xml, String top) {
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = f.newDocumentBuilder().parse(xml.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new BuildException(xml + ": cannot read Verilator's XML: " + e.getMessage());
        }
        Map<String, Element> types = new HashMap<>();
        NodeList basics = doc.getElementsByTagName("basicdtype");
        for (int i = 0; i < basics.getLength(); i++) {
            Element e = (Element) basics.item(i);
            types.put(e.getAttribute("id"), e);
        }
        NodeList modules = doc.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            Element m = (Element) modules.item(i);
            if (!"1".equals(m.getAttribute("topModule"))) continue;
            List<PortSpec> ports = new ArrayList<>();
            for (Node n = m.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element v) || !v.getTagName().equals("var") || v.getAttribute("dir").isEmpty()) continue;
                String dir = v.getAttribute("dir");
                if (!dir.equals("input") && !dir.equals("output")) {
                    throw new BuildException("port '" + v.getAttribute("name") + "' of " + top + " is " + dir + "; only input and output ports can be simulated");
                }
                Element t = types.get(v.getAttribute("dtype_id"));
                if (t == null) {
                    throw new BuildException("port '" + v.getAttribute("name") + "' of " + top + " has a type other than a plain bit vector; wrap the module in one with plain ports");
                }
                int width = t.hasAttribute("left") ? Math.abs(Integer.parseInt(t.getAttribute("left")) - Integer.parseInt(t.getAttribute("right"))) + 1 : 1;
                ports.add(new PortSpec(v.getAttribute("name"), dir.equals("input"), width, "true".equals(t.getAttribute("signed"))));
            }
            return ports;
        }
        throw new BuildException(xml + ": Verilator's XML names no top module '" + top + "'");
    }
}
